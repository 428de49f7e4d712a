using System.Security.Cryptography;
using System.Text;
using DongThuan.Web.Infrastructure.Text;

namespace DongThuan.Web.Modules.Petitions;

/// <summary>
/// Codes a person can read over the phone: "KN-7QX4-M2PA". 40 random bits in an alphabet without 0/O,
/// 1/I/L, so a guess is hopeless and the status page asks for the contact as well.
/// </summary>
public static class TrackingCodes
{
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    public static string New()
    {
        Span<char> c = stackalloc char[8];
        for (var i = 0; i < c.Length; i++)
        {
            c[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return $"KN-{c[..4]}-{c[4..]}";
    }

    /// <summary>"kn 7qx4m2pa" → "KN-7QX4-M2PA"; null when it cannot be a code.</summary>
    public static string? Normalise(string? code)
    {
        var chars = new string([.. (code ?? "").ToUpperInvariant().Where(char.IsAsciiLetterOrDigit)]);
        if (chars.StartsWith("KN", StringComparison.Ordinal))
        {
            chars = chars[2..];
        }

        return chars.Length == 8 ? $"KN-{chars[..4]}-{chars[4..]}" : null;
    }

    /// <summary>
    /// The same words from the same person on the same day are the same submission: a double click, a
    /// resubmitted form or a retried request finds the first petition instead of making a second.
    /// </summary>
    public static string DedupKey(params string?[] parts)
    {
        var text = string.Join('\u001f', parts.Select(p => string.Join(' ', VietnameseText.Words(p))));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
