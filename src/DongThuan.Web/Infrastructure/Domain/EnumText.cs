namespace DongThuan.Web.Infrastructure.Domain;

/// <summary>Reads back an enum stored by its name (timeline states): only a declared name counts, never a number.</summary>
public static class EnumText
{
    public static bool TryParseName<T>(string? text, out T value)
        where T : struct, Enum
    {
        value = default;
        return text is not null && Enum.GetNames<T>().Contains(text, StringComparer.Ordinal) && Enum.TryParse(text, out value);
    }
}
