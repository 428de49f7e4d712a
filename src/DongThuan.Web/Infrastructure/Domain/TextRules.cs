namespace DongThuan.Web.Infrastructure.Domain;

/// <summary>
/// Rules every module's free texts share, so a page and the API refuse the same input the same way. Control
/// characters are refused for every text by <see cref="Web.InputGuard"/> before any module sees them; the
/// lengths are each field's own (its entity's <c>…Max</c> constants), except the reasons and notes that many
/// steps ask for, which share one.
/// </summary>
public static class TextRules
{
    /// <summary>A reason or note given with a step (send back, reopen, dismiss, extend, return): 2,000 characters.</summary>
    public const int ReasonMax = 2000;

    /// <summary>Given, and not longer than <see cref="ReasonMax"/>.</summary>
    public static bool IsReason(string? text) => !string.IsNullOrWhiteSpace(text) && text.Trim().Length <= ReasonMax;

    /// <summary>Absent, or not longer than <see cref="ReasonMax"/>.</summary>
    public static bool IsOptionalNote(string? text) => text is null || text.Trim().Length <= ReasonMax;

    /// <summary>
    /// A character no person types into a form: the C0 controls but tab, line feed and carriage return; DEL; the C1
    /// controls. NUL among them, which PostgreSQL refuses to store and SQLite stores silently.
    /// </summary>
    public static bool IsControl(char c) => (c < ' ' && c is not ('\t' or '\n' or '\r')) || c is >= '\u007f' and <= '\u009f';

    public static bool HasControlCharacters(string text) => text.AsSpan().IndexOfAny(Controls) >= 0;

    private static readonly System.Buffers.SearchValues<char> Controls =
        System.Buffers.SearchValues.Create([.. Enumerable.Range(0, 0xA0).Select(i => (char)i).Where(IsControl)]);
}
