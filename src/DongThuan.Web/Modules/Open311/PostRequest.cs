using System.Globalization;
using System.Text.RegularExpressions;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Localization;
using DongThuan.Web.Modules.Petitions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DongThuan.Web.Modules.Open311;

/// <summary>
/// <c>POST /open311/v2/requests.{fmt}</c>: a service request becomes a petition through the same intake as the public
/// form and API (the sender's details kept apart from the petition, the same submission twice giving the first one
/// back, the same rate limit), and the answer is its tracking code, by which anyone can follow it here.
/// </summary>
public static partial class PostRequest
{
    public const int DescriptionMax = 4000;

    [GeneratedRegex(@"<\s*/?\s*[A-Za-z!?]")]
    private static partial Regex Markup();

    public static async Task<IResult> ExecuteAsync(string format, HttpRequest request, DongThuanDb db, PetitionIntake intake, TimeProvider time,
        IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        if (!GeoReportOutput.IsFormat(format))
        {
            return GeoReportOutput.Error("xml", StatusCodes.Status404NotFound, "format: xml, json");
        }

        if (!request.HasFormContentType)
        {
            return GeoReportOutput.Error(format, StatusCodes.Status400BadRequest, l["Gửi yêu cầu dạng application/x-www-form-urlencoded."]);
        }

        var form = await request.ReadFormAsync(ct);
        string? Field(string name) => form[name].FirstOrDefault() is { } v && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;

        var key = Field("api_key");
        if (key is null || !await db.Open311Clients.AsNoTracking().AnyAsync(c => c.KeyHash == Open311Client.HashOf(key) && c.RevokedAt == null, ct))
        {
            return GeoReportOutput.Error(format, StatusCodes.Status403Forbidden, l["Thiếu api_key hoặc api_key không hợp lệ, đã bị thu hồi."]);
        }

        if (Field("service_code") is not { } code)
        {
            return GeoReportOutput.Error(format, StatusCodes.Status400BadRequest, l["Thiếu service_code."]);
        }

        if (await ServiceList.FindAsync(db, code, ct) is not { } service)
        {
            return GeoReportOutput.Error(format, StatusCodes.Status404NotFound, l["service_code không phải mã của một lĩnh vực đang nhận kiến nghị."]);
        }

        var today = VietnamTime.Today(time);
        Guid? councilId = null;
        if (Field("jurisdiction_id") is { } jurisdiction)
        {
            if (await Jurisdictions.ResolveAsync(db, jurisdiction, today, ct) is not [var council])
            {
                return GeoReportOutput.Error(format, StatusCodes.Status404NotFound, l["jurisdiction_id không phải mã của một hội đồng nhân dân."]);
            }

            councilId = council.Id;
        }

        var (place, placeRefusal) = Location(Field("lat"), Field("long"), Field("address_string"), Field("address_id"), l);
        if (placeRefusal is not null)
        {
            return GeoReportOutput.Error(format, StatusCodes.Status400BadRequest, placeRefusal);
        }

        var description = Field("description");
        if (description is null)
        {
            return GeoReportOutput.Error(format, StatusCodes.Status400BadRequest, l["Thiếu description: nội dung kiến nghị."]);
        }

        if (description.Length > DescriptionMax || Markup().IsMatch(description))
        {
            return GeoReportOutput.Error(format, StatusCodes.Status400BadRequest, l["description tối đa {0} ký tự, không chứa HTML hay mã.", DescriptionMax]);
        }

        // By name only, as the service definition lists them: a number is not a kind.
        var kindText = Field($"attribute[{ServiceList.KindAttribute}]") ?? nameof(PetitionKind.Feedback);
        if (!Enum.GetNames<PetitionKind>().Contains(kindText, StringComparer.Ordinal))
        {
            return GeoReportOutput.Error(format, StatusCodes.Status400BadRequest, l["attribute[KIND] chỉ nhận Feedback, Complaint hoặc Denunciation."]);
        }

        var publish = Field($"attribute[{ServiceList.PublishAttribute}]");
        if (publish is not (null or "true" or "false"))
        {
            return GeoReportOutput.Error(format, StatusCodes.Status400BadRequest, l["attribute[PUBLISH] chỉ nhận true hoặc false."]);
        }

        var media = Field("media_url");
        if (media is not null && (media.Length > 500 || !Uri.TryCreate(media, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
        {
            return GeoReportOutput.Error(format, StatusCodes.Status400BadRequest, l["media_url phải là một địa chỉ http hoặc https, tối đa 500 ký tự."]);
        }

        var content = media is null ? description : $"{description}\n\n{l["Ảnh, tệp kèm theo"].Value}: {media}";
        var name = string.Join(' ', new[] { Field("first_name"), Field("last_name") }.OfType<string>());
        var draft = new Petition.Draft(Enum.Parse<PetitionKind>(kindText), PetitionChannel.Online, TitleOf(service.Name, description), content, Field($"attribute[{ServiceList.WardAttribute}]"), place,
            PublishConsent: publish == "true", FieldId: service.Id);
        // The client asked the person to agree that their petition be handled, as the key's terms require (README, "Open311").
        var (outcome, receipt) = await intake.ReceiveAsync(new PetitionIntake.Submission(councilId, draft, name.Length > 0 ? name : null, Field("email"), Field("phone"),
            null, null, true, true, Field("email") is not null, []), ct);
        if (!outcome.Succeeded)
        {
            return GeoReportOutput.Error(format, StatusCodes.Status400BadRequest, l[outcome.Refusal!.Message]);
        }

        var petition = receipt!.Petition;
        var notice = l["Đã tiếp nhận. Theo dõi bằng mã {0} tại {1}://{2}/Petitions/Status hoặc /open311/v2/requests/{0}.xml.", petition.TrackingCode,
            request.Scheme, request.Host.ToString()].Value;
        return GeoReportOutput.Write(format, "service_requests", new Repeated("request",
            [new Fields { { "service_request_id", petition.TrackingCode }, { "service_notice", notice }, { "account_id", null } }]));
    }

    /// <summary>Open311 has no title: the field and the first words of the description make one.</summary>
    public static string TitleOf(string field, string description)
    {
        var first = description.Split('\n', 2)[0].Trim();
        var cut = first.LastIndexOf(' ', Math.Min(120, first.Length - 1));
        var words = first.Length <= 120 ? first : first[..(cut > 40 ? cut : 120)] + "…";
        return $"{field}: {words}";
    }

    /// <summary>One of lat and long, or address_string, as the specification requires; the place is kept as the petition's location.</summary>
    private static (string? Place, string? Refusal) Location(string? lat, string? lon, string? address, string? addressId, IStringLocalizer<SharedResource> l)
    {
        string? point = null;
        if (lat is not null || lon is not null)
        {
            if (!double.TryParse(lat, NumberStyles.Float, CultureInfo.InvariantCulture, out var y) || !double.TryParse(lon, NumberStyles.Float, CultureInfo.InvariantCulture, out var x)
                || y is < -90 or > 90 || x is < -180 or > 180)
            {
                return (null, l["lat và long phải đi cùng nhau, là số thập phân WGS84 (vĩ độ −90…90, kinh độ −180…180)."]);
            }

            point = string.Create(CultureInfo.InvariantCulture, $"{y:0.######}, {x:0.######}");
        }

        if (point is null && address is null)
        {
            return (null, addressId is null
                ? l["Cần vị trí: lat và long, hoặc address_string."]
                : l["address_id không được dùng ở đây: gửi address_string hoặc lat và long."]);
        }

        var place = address is null ? point : point is null ? address : $"{address} ({point})";
        return place!.Length > Petition.PlaceMax ? (null, l["address_string dài quá {0} ký tự.", Petition.PlaceMax - 30]) : (place, null);
    }
}
