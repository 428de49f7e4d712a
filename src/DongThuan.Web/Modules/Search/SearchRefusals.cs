using DongThuan.Web.Infrastructure.Domain;

namespace DongThuan.Web.Modules.Search;

/// <summary>Why a search's filters are refused (the page and the API show the same reasons).</summary>
public static class SearchRefusals
{
    public static readonly Refusal UnknownKind = new("search.kind", "Loại bản ghi không có trong tìm kiếm.");
    public static readonly Refusal UnknownState = new("search.state", "Trạng thái không có ở loại bản ghi này.");
    public static readonly Refusal Dates = new("search.dates", "Ngày bắt đầu phải trước ngày kết thúc.");
    public static readonly Refusal TooLong = new("search.length", "Từ khóa quá dài (tối đa 200 ký tự).");
}
