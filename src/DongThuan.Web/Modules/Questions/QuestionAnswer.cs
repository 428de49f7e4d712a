using System.Text.RegularExpressions;
using DongThuan.Web.Infrastructure.Domain;

namespace DongThuan.Web.Modules.Questions;

/// <summary>
/// The signed letter an answer was sent as (văn bản trả lời chất vấn): its number and symbol ("125/UBND-VP"), its date
/// and who signed it. The letter, not the text typed into a form, is what the law counts as the answer; recording it
/// lets anyone find the paper. Given in full or not at all: a number without a date or a signer finds nothing.
/// </summary>
public sealed partial record AnswerLetter(string? Number, DateOnly? Date, string? SignerName, string? SignerTitle)
{
    public const int NumberLimit = 40, NameLimit = 200;

    public bool IsEmpty => string.IsNullOrWhiteSpace(Number) && Date is null && string.IsNullOrWhiteSpace(SignerName) && string.IsNullOrWhiteSpace(SignerTitle);

    /// <summary>"Số: 125/ubnd-vp" → "125/UBND-VP": the form Decree 30 writes, without "Số:".</summary>
    public string NormalizedNumber => NumberPrefix().Replace((Number ?? "").Trim(), "").Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();

    /// <summary>The letter's rules, on the day of the answer it carries: complete, a number and symbol Decree 30 would write, dated within the question's life.</summary>
    public Outcome Check(DateOnly? forwardedOn, DateOnly answeredOn)
    {
        if (string.IsNullOrWhiteSpace(Number) || Date is null || string.IsNullOrWhiteSpace(SignerName) || string.IsNullOrWhiteSpace(SignerTitle))
        {
            return QuestionRefusals.LetterIncomplete;
        }

        if (NormalizedNumber.Length > NumberLimit || !Symbol().IsMatch(NormalizedNumber) || SignerName.Trim().Length > NameLimit || SignerTitle.Trim().Length > NameLimit)
        {
            return QuestionRefusals.LetterNumber;
        }

        return Date > answeredOn || (forwardedOn is { } f && Date < f) ? QuestionRefusals.LetterDate : Outcome.Done;
    }

    [GeneratedRegex(@"^s[oố]\s*:\s*", RegexOptions.IgnoreCase)]
    private static partial Regex NumberPrefix();

    // A number, a slash, then the type and issuer codes in capitals joined by hyphens: 125/UBND-VP, 12/BC-UBND, 07/QĐ-UBND.
    [GeneratedRegex(@"^\d{1,6}/[\p{Lu}\d]+(-[\p{Lu}\d]+)*$")]
    private static partial Regex Symbol();
}

/// <summary>
/// One answer the official gave: the first, or a further one the delegate asked for. The question shows its latest
/// answer; these keep every one, so a further answer never erases the first one the delegate did not accept.
/// </summary>
public sealed class QuestionAnswer : Entity
{
    public Guid QuestionId { get; private set; }

    /// <summary>1 for the first answer, 2 for the first further answer, and so on.</summary>
    public int Round { get; private set; }

    public string Text { get; private set; } = "";

    public string Responsibility { get; private set; } = "";

    public string Measures { get; private set; } = "";

    public string TimeFrame { get; private set; } = "";

    public DateOnly AnsweredOn { get; private set; }

    public string? LetterNumber { get; private set; }

    public DateOnly? LetterDate { get; private set; }

    public string? SignerName { get; private set; }

    public string? SignerTitle { get; private set; }

    /// <summary>The scanned or signed file of the letter, stored by its hash (<see cref="Infrastructure.Files.FileStore"/>).</summary>
    public string? FileName { get; private set; }

    public string? FileContentType { get; private set; }

    public long? FileSize { get; private set; }

    public string? FileSha256 { get; private set; }

    public bool HasLetter => LetterNumber is not null;

    private QuestionAnswer()
    {
    }

    internal static QuestionAnswer Of(Question q, int round, string text, string responsibility, string measures, string timeFrame, DateOnly on, AnswerLetter? letter) => new()
    {
        QuestionId = q.Id, Round = round, Text = text, Responsibility = responsibility, Measures = measures, TimeFrame = timeFrame, AnsweredOn = on,
        LetterNumber = letter is { IsEmpty: false } ? letter.NormalizedNumber : null, LetterDate = letter?.Date,
        SignerName = letter?.SignerName?.Trim() is { Length: > 0 } n ? n : null, SignerTitle = letter?.SignerTitle?.Trim() is { Length: > 0 } t ? t : null,
    };

    /// <summary>The letter's file, attached with the answer or later (the office scans the signed paper after it is sent).</summary>
    public void AttachFile(string fileName, string contentType, long size, string sha256) =>
        (FileName, FileContentType, FileSize, FileSha256) = (Path.GetFileName(fileName) is { Length: > 0 and <= 200 } name ? name : "van-ban-tra-loi", contentType, size, sha256);
}
