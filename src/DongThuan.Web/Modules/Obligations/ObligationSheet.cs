using DongThuan.Web.Infrastructure.OfficialDocuments;

namespace DongThuan.Web.Modules.Obligations;

/// <summary>A list of obligations as an Excel sheet, one row each, with the columns the board shows and the days overdue.</summary>
public static class ObligationSheet
{
    public const string ContentType = ListSheet.ContentType;

    private static readonly string[] Columns = ["Việc", "Loại việc", "Cơ quan", "Người chịu trách nhiệm", "Bắt đầu", "Hạn", "Hoàn thành", "Tình trạng", "Số ngày quá hạn"];

    public static byte[] Write(IEnumerable<Obligation> obligations, ObligationCatalogue catalogue, OwnerNames names, DateOnly today) =>
        ListSheet.Write(Columns, obligations.Select(o =>
        {
            var late = o.State == ObligationState.Open && o.DueOn < today ? today.DayNumber - o.DueOn.DayNumber : (int?)null;
            return new object?[]
            {
                o.Subject, catalogue.NameOf(o.Kind), names.Body(o.OwnerBodyId), names.Person(o.OwnerPersonId) ?? "", o.StartedOn.ToString("dd/MM/yyyy"),
                o.DueOn.ToString("dd/MM/yyyy"), o.FulfilledOn?.ToString("dd/MM/yyyy") ?? "", ObligationNames.Of(o.StatusOn(today)), late,
            };
        }));
}
