using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Localization;
using DongThuan.Web.Infrastructure.Text;
using DongThuan.Web.Modules.Petitions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DongThuan.Web.Modules.Open311;

/// <summary>
/// <c>GET /open311/v2/services.{fmt}</c> and <c>/services/{code}.{fmt}</c>: one service per petition field, and each
/// field's definition, whose attributes are the ward (which decides the council) and the petition's kind.
/// </summary>
public static class ServiceList
{
    public const string WardAttribute = "WARD";
    public const string KindAttribute = "KIND";
    public const string PublishAttribute = "PUBLISH";

    public static async Task<IResult> ListAsync(string format, string? jurisdiction_id, DongThuanDb db, TimeProvider time, IStringLocalizer<SharedResource> l,
        CancellationToken ct)
    {
        if (!GeoReportOutput.IsFormat(format))
        {
            return GeoReportOutput.Error("xml", StatusCodes.Status404NotFound, "format: xml, json");
        }

        if (await Jurisdictions.ResolveAsync(db, jurisdiction_id, VietnamTime.Today(time), ct) is null)
        {
            return GeoReportOutput.Error(format, StatusCodes.Status404NotFound, l["jurisdiction_id không phải mã của một hội đồng nhân dân."]);
        }

        var fields = await ActiveFields(db).ToListAsync(ct);
        var group = l[PetitionNames.Of(PetitionKind.Feedback)].Value;
        return GeoReportOutput.Write(format, "services", new Repeated("service", [.. fields.Select(f => (object)new Fields
        {
            { "service_code", Code(f) },
            { "service_name", f.Name },
            { "description", l["Kiến nghị, phản ánh về lĩnh vực {0} gửi Hội đồng nhân dân.", f.Name].Value },
            { "metadata", true },
            { "type", "realtime" },
            { "keywords", $"{VietnameseText.Fold(f.Name)}, kien nghi, phan anh" },
            { "group", group },
        })]));
    }

    public static async Task<IResult> DefinitionAsync(string code, string format, string? jurisdiction_id, DongThuanDb db, TimeProvider time,
        IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        if (!GeoReportOutput.IsFormat(format))
        {
            return GeoReportOutput.Error("xml", StatusCodes.Status404NotFound, "format: xml, json");
        }

        var today = VietnamTime.Today(time);
        if (await Jurisdictions.ResolveAsync(db, jurisdiction_id, today, ct) is not { } councils)
        {
            return GeoReportOutput.Error(format, StatusCodes.Status404NotFound, l["jurisdiction_id không phải mã của một hội đồng nhân dân."]);
        }

        if (await FindAsync(db, code, ct) is not { } field)
        {
            return GeoReportOutput.Error(format, StatusCodes.Status404NotFound, l["service_code không phải mã của một lĩnh vực đang nhận kiến nghị."]);
        }

        var wards = (await PetitionIntake.WardsAsync(db, councils, today, ct)).DistinctBy(w => w.PlaceName).ToList();
        var kinds = Enum.GetValues<PetitionKind>();
        return GeoReportOutput.Write(format, "service_definition", new Fields
        {
            { "service_code", Code(field) },
            {
                "attributes", new Repeated("attribute",
                [
                    Attribute(WardAttribute, 1, "singlevaluelist", l["Tên phường, xã (như trong danh sách)."],
                        l["Phường, xã nơi xảy ra sự việc: quyết định hội đồng nhân dân nhận kiến nghị. Bỏ trống thì dùng jurisdiction_id."],
                        [.. wards.Select(w => (w.PlaceName, w.Name))]),
                    Attribute(KindAttribute, 2, "singlevaluelist", l["Một trong các mã dưới đây; mặc định Feedback."],
                        l["Loại đơn. Khiếu nại và tố cáo không bao giờ hiện trong danh sách công khai."],
                        [.. kinds.Select(k => (k.ToString(), l[PetitionNames.Of(k)].Value))]),
                    Attribute(PublishAttribute, 3, "singlevaluelist", l["true hoặc false; mặc định false."],
                        l["Người gửi đồng ý công khai câu trả lời (kèm nội dung kiến nghị) sau khi đã ẩn thông tin cá nhân."],
                        [("true", l["Đồng ý"].Value), ("false", l["Không đồng ý"].Value)]),
                ])
            },
        });
    }

    /// <summary>The service code of a field: its id, which stays when the field is renamed or reordered.</summary>
    public static string Code(PetitionField f) => f.Id.ToString("D");

    public static IQueryable<PetitionField> ActiveFields(DongThuanDb db) =>
        db.PetitionFields.AsNoTracking().Where(f => f.ArchivedAt == null).OrderBy(f => f.Order).ThenBy(f => f.Name);

    public static async Task<PetitionField?> FindAsync(DongThuanDb db, string? code, CancellationToken ct) =>
        Guid.TryParse(code?.Trim(), out var id) ? await ActiveFields(db).SingleOrDefaultAsync(f => f.Id == id, ct) : null;

    private static Fields Attribute(string code, int order, string datatype, string datatypeDescription, string description, IReadOnlyList<(string Key, string Name)> values) => new()
    {
        { "variable", true },
        { "code", code },
        { "datatype", datatype },
        { "required", false },
        { "datatype_description", datatypeDescription },
        { "order", order },
        { "description", description },
        { "values", new Repeated("value", [.. values.Select(v => (object)new Fields { { "key", v.Key }, { "name", v.Name } })]) },
    };
}
