using PdfSharp.Fonts;

namespace DongThuan.Web.Infrastructure.OfficialDocuments;

/// <summary>
/// Finds a serif font with full Vietnamese coverage for PDFs: Times New Roman where it is installed (the
/// decree's font), else Liberation Serif (metrically compatible with it), else DejaVu Serif. PDFsharp on
/// Linux resolves no font on its own, so this resolver hands it the files; the PDF embeds the subset it uses.
/// </summary>
public sealed class SerifFonts : IFontResolver
{
    public const string Family = "Times New Roman";

    private static readonly string[] Roots = ["/usr/share/fonts", "/usr/local/share/fonts", Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".fonts")];

    // Regular, bold, italic, bold italic, for each family in order of preference, with the folder the files
    // must be in: Liberation 1.x (Debian's fonts-liberation) lacks the Vietnamese letters (ộ, ư, ế…), so only
    // Liberation 2 (fonts-liberation2) will do.
    private static readonly (string[] Files, string? Folder)[] Candidates =
    [
        (["Times_New_Roman.ttf", "Times_New_Roman_Bold.ttf", "Times_New_Roman_Italic.ttf", "Times_New_Roman_Bold_Italic.ttf"], null),
        (["times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf"], null),
        (["LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf", "LiberationSerif-Italic.ttf", "LiberationSerif-BoldItalic.ttf"], "liberation2"),
        (["DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf", "DejaVuSerif-BoldItalic.ttf"], null),
    ];

    private static readonly Lazy<SerifFonts?> Instance = new(Find);
    private static readonly Lock Gate = new();
    private static bool _registered;

    private readonly string?[] _faces;

    private SerifFonts(string?[] faces) => _faces = faces;

    /// <summary>The file used for regular text, or null when no suitable font is installed.</summary>
    public static string? RegularFile => Instance.Value?._faces[0];

    /// <summary>Installs the resolver into PDFsharp once per process; false when no serif font was found.</summary>
    public static bool EnsureRegistered()
    {
        if (Instance.Value is not { } fonts)
        {
            return false;
        }

        lock (Gate)
        {
            if (!_registered)
            {
                GlobalFontSettings.FontResolver = fonts;
                _registered = true;
            }
        }

        return true;
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        var wanted = (bold ? 1 : 0) + (italic ? 2 : 0);
        if (_faces[wanted] is not null)
        {
            return new FontResolverInfo("face" + wanted);
        }

        // A family without this face: take the nearest one and let PDFsharp simulate the rest.
        var fallback = bold && _faces[1] is not null ? 1 : 0;
        return new FontResolverInfo("face" + fallback, bold && fallback != 1, italic);
    }

    public byte[]? GetFont(string faceName) =>
        int.TryParse(faceName.AsSpan(4), out var i) && i is >= 0 and < 4 && _faces[i] is { } file ? File.ReadAllBytes(file) : null;

    private static SerifFonts? Find()
    {
        var files = Roots.Where(Directory.Exists)
            .SelectMany(r => Directory.EnumerateFiles(r, "*.ttf", SearchOption.AllDirectories))
            .ToLookup(Path.GetFileName, StringComparer.OrdinalIgnoreCase);
        foreach (var (names, folder) in Candidates)
        {
            var faces = names.Select(n => files[n].FirstOrDefault(p => folder is null || Path.GetFileName(Path.GetDirectoryName(p)) == folder)).ToArray();
            if (faces[0] is not null)
            {
                return new SerifFonts(faces);
            }
        }

        return null;
    }
}
