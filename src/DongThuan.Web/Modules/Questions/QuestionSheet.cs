using DongThuan.Web.Infrastructure.OfficialDocuments;
using DongThuan.Web.Modules.Obligations;

namespace DongThuan.Web.Modules.Questions;

/// <summary>The questions list as an Excel sheet: the columns of the page, with the answer and the delegate's verdict dates.</summary>
public static class QuestionSheet
{
    public const string ContentType = ListSheet.ContentType;

    public sealed record Line(Question Question, string Delegate, string? Agency, DateOnly? DueOn, ObligationStatus? Status);

    private static readonly string[] Columns = ["Vấn đề", "Đại biểu", "Người trả lời", "Cơ quan trả lời", "Trạng thái", "Ngày gửi", "Hạn trả lời", "Tình trạng hạn", "Ngày trả lời"];

    public static byte[] Write(IEnumerable<Line> lines) =>
        ListSheet.Write(Columns, lines.Select(l => new object?[]
        {
            l.Question.Title, l.Delegate, l.Question.RespondentName ?? "", l.Agency ?? "", QuestionNames.Of(l.Question.State), l.Question.SubmittedOn?.ToString("dd/MM/yyyy") ?? "",
            l.DueOn?.ToString("dd/MM/yyyy") ?? "", l.Status is { } s ? ObligationNames.Of(s) : "", l.Question.AnsweredOn?.ToString("dd/MM/yyyy") ?? "",
        }));
}
