using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace DongThuan.Web.Infrastructure.Localization;

public static class Localization
{
    /// <summary>Vietnamese first. English uses en-GB so dates still read 06/01/2023 (day first).</summary>
    public static readonly CultureInfo[] Cultures = [new("vi-VN"), new("en-GB")];

    public static IServiceCollection AddDongThuanLocalization(this IServiceCollection services)
    {
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(Cultures[0]);
            o.SupportedCultures = Cultures;
            // A program that says only "en" (or "en-US") is answered in English too: the neutral "en" is the English
            // texts' own culture (SharedResource.en.resx), and a regional one falls back to it.
            o.SupportedUICultures = [.. Cultures, new CultureInfo("en")];
            o.FallBackToParentUICultures = true;
            // The reader's choice (a cookie set by the language switch) wins over the browser's header.
            o.RequestCultureProviders = [new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
        });
        return services;
    }
}
