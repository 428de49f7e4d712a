using System.Globalization;

namespace DongThuan.Web.Infrastructure.Localization;

/// <summary>Instants are stored in UTC and shown in Asia/Ho_Chi_Minh; dates read 06/01/2023 in both languages.</summary>
public static class VietnamTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    public static DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(ToLocal(time.GetUtcNow()).DateTime);

    public static string Date(DateOnly? date) => date?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "";

    public static string DateTime(DateTimeOffset? instant) =>
        instant is { } i ? ToLocal(i).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture) : "";
}
