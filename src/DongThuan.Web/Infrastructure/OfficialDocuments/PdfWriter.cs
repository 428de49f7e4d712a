using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace DongThuan.Web.Infrastructure.OfficialDocuments;

/// <summary>
/// Writes an <see cref="OfficialDocument"/> as a PDF with the same layout as <see cref="DocxWriter"/>: A4,
/// margins 20/20/30/15 mm, a serif with Vietnamese coverage (<see cref="SerifFonts"/>), page numbers at the
/// top from page 2. PDFsharp draws; this class does the flowing (wrapping, tables, page breaks).
/// </summary>
public static class PdfWriter
{
    public const string ContentType = "application/pdf";

    /// <summary>False when the server has no serif font to embed; callers then say so instead of failing.</summary>
    public static bool IsAvailable => SerifFonts.EnsureRegistered();

    public static byte[] Write(OfficialDocument doc)
    {
        if (!SerifFonts.EnsureRegistered())
        {
            throw new InvalidOperationException("No serif font with Vietnamese coverage is installed (Times New Roman, Liberation Serif or DejaVu Serif).");
        }

        using var pdf = new PdfDocument();
        pdf.Info.Title = (doc.TypeName is null ? "" : doc.TypeName + " ") + doc.Summary;
        pdf.Info.Author = doc.Issuer;
        var c = new Composer(pdf);

        // Header: issuer and number on the left, motto and date on the right, side by side.
        var top = c.Y;
        var leftWidth = Composer.Mm(64);
        var rightX = c.Left + leftWidth;
        var rightWidth = c.Width - leftWidth;
        if (doc.ParentIssuer is { } parent)
        {
            c.Text(parent.ToUpperInvariant(), c.Font(13), XStringAlignment.Center, c.Left, leftWidth);
        }

        c.Text(doc.Issuer.ToUpperInvariant(), c.Font(13, bold: true), XStringAlignment.Center, c.Left, leftWidth);
        c.Rule(c.Left, leftWidth, 0.3);
        c.Y += 6;
        c.Text(doc.NumberLine, c.Font(13), XStringAlignment.Center, c.Left, leftWidth);
        var leftBottom = c.Y;

        c.Y = top;
        c.Text(OfficialDocument.Motto, c.Font(13, bold: true), XStringAlignment.Center, rightX, rightWidth);
        c.Text(OfficialDocument.Slogan, c.Font(14, bold: true), XStringAlignment.Center, rightX, rightWidth);
        c.Rule(rightX, rightWidth, 0.2);
        c.Y += 6;
        c.Text(doc.DateLine, c.Font(14, italic: true), XStringAlignment.Center, rightX, rightWidth);
        c.Y = Math.Max(c.Y, leftBottom);

        if (doc.TypeName is { } type)
        {
            c.Y += 18;
            c.Text(type.ToUpperInvariant(), c.Font(14, bold: true), XStringAlignment.Center, c.Left, c.Width);
            c.Text(doc.Summary, c.Font(14, bold: true), XStringAlignment.Center, c.Left, c.Width);
            c.Rule(c.Left, c.Width, 0.4);
        }
        else
        {
            c.Y += 4;
            c.Text("V/v " + doc.Summary, c.Font(12), XStringAlignment.Near, c.Left, leftWidth);
        }

        if (doc.Addressees.Count > 0)
        {
            c.Y += 12;
            c.Text("Kính gửi: " + string.Join("; ", doc.Addressees), c.Font(14), XStringAlignment.Center, c.Left, c.Width);
        }

        c.Y += 12;
        foreach (var block in doc.Body)
        {
            switch (block)
            {
                // As the Word file: 14 pt, first line indented 12.7 mm, 6 pt before and after a heading, body lines at 1.3 and justified.
                case Heading h:
                    c.KeepSpace(60);
                    c.Y += 6;
                    c.Text(h.Text, c.Font(14, bold: true), XStringAlignment.Near, c.Left, c.Width, firstIndent: Composer.Mm(12.7), justify: true);
                    c.Y += 6;
                    break;
                case Paragraph p:
                    // 1.3 lines of a font whose single line is 1.15 em, as Word sets "multiple 1.3".
                    c.Text(p.Text, c.Font(14, italic: p.Italic), XStringAlignment.Near, c.Left, c.Width, firstIndent: Composer.Mm(12.7), lineFactor: 1.3 * 1.15, justify: true);
                    c.Y += 6;
                    break;
                case Table t:
                    c.Table(t);
                    c.Y += 8;
                    break;
            }
        }

        // One signer: recipients on the left, signature on the right. Several: their blocks side by side, recipients below.
        c.KeepSpace(150);
        top = c.Y + 12;
        var half = c.Width / 2;
        var columns = doc.Signers.Count == 1 ? 1 : doc.Signers.Count;
        var signWidth = columns == 1 ? half : c.Width / columns;
        var signLeft = columns == 1 ? c.Left + half : c.Left;
        var signBottom = top;
        for (var i = 0; i < doc.Signers.Count; i++)
        {
            var s = doc.Signers[i];
            var x = signLeft + i * signWidth;
            c.Y = top;
            if (s.Authority is { } authority)
            {
                c.Text(authority.ToUpperInvariant(), c.Font(14, bold: true), XStringAlignment.Center, x, signWidth);
            }

            c.Text(s.Title.ToUpperInvariant(), c.Font(14, bold: true), XStringAlignment.Center, x, signWidth);
            c.Y += 60;
            c.Text(s.Name, c.Font(14, bold: true), XStringAlignment.Center, x, signWidth);
            signBottom = Math.Max(signBottom, c.Y);
        }

        c.Y = columns == 1 ? top : signBottom + 12;
        c.Text("Nơi nhận:", c.Font(12, bold: true, italic: true), XStringAlignment.Near, c.Left, half);
        for (var i = 0; i < doc.Recipients.Count; i++)
        {
            c.Text("- " + doc.Recipients[i] + (i == doc.Recipients.Count - 1 ? "." : ";"), c.Font(11), XStringAlignment.Near, c.Left, half);
        }

        c.Y = Math.Max(c.Y, signBottom);
        c.Finish();

        using var stream = new MemoryStream();
        pdf.Save(stream, false);
        return stream.ToArray();
    }

    /// <summary>A cursor over pages: draws wrapped text and tables and turns the page when one is full.</summary>
    private sealed class Composer
    {
        private readonly PdfDocument _pdf;
        private readonly Dictionary<(double, bool, bool), XFont> _fonts = [];
        private XGraphics _gfx = null!;
        private PdfPage _page = null!;

        public Composer(PdfDocument pdf)
        {
            _pdf = pdf;
            NewPage();
        }

        public static double Mm(double mm) => mm * 72 / 25.4;

        public double Left { get; } = Mm(30);

        public double Width => _page.Width.Point - Mm(30) - Mm(15);

        private double Bottom => _page.Height.Point - Mm(20);

        public double Y { get; set; }

        public XFont Font(double size, bool bold = false, bool italic = false)
        {
            if (!_fonts.TryGetValue((size, bold, italic), out var font))
            {
                var style = (bold, italic) switch
                {
                    (true, true) => XFontStyleEx.BoldItalic,
                    (true, false) => XFontStyleEx.Bold,
                    (false, true) => XFontStyleEx.Italic,
                    _ => XFontStyleEx.Regular,
                };
                // Unicode encoding: the default (WinAnsi) drops the precomposed Vietnamese letters (ộ, ư, ế…).
                font = new XFont(SerifFonts.Family, size, style, new XPdfFontOptions(PdfFontEncoding.Unicode));
                _fonts[(size, bold, italic)] = font;
            }

            return font;
        }

        /// <summary>Turns the page unless <paramref name="points"/> of height remain (a heading not left alone at the bottom).</summary>
        public void KeepSpace(double points)
        {
            if (Y + points > Bottom)
            {
                NewPage();
            }
        }

        /// <param name="justify">Spread every line but a paragraph's last across the width, as Word's "justified" does (the decree asks for it).</param>
        public void Text(string text, XFont font, XStringAlignment align, double x, double width, double firstIndent = 0, double lineFactor = 1.15, bool justify = false)
        {
            var lineHeight = font.Size * lineFactor;
            foreach (var (line, indent, last) in Wrap(text, font, width, firstIndent))
            {
                KeepSpace(lineHeight);
                var words = line.Split(' ');
                if (justify && !last && words.Length > 1)
                {
                    var gap = (width - indent - words.Sum(w => _gfx.MeasureString(w, font).Width)) / (words.Length - 1);
                    var at = x + indent;
                    foreach (var word in words)
                    {
                        _gfx.DrawString(word, font, XBrushes.Black, new XRect(at, Y, width, lineHeight), new XStringFormat { Alignment = XStringAlignment.Near, LineAlignment = XLineAlignment.Near });
                        at += _gfx.MeasureString(word, font).Width + gap;
                    }
                }
                else
                {
                    var rect = new XRect(x + indent, Y, width - indent, lineHeight);
                    _gfx.DrawString(line, font, XBrushes.Black, rect, new XStringFormat { Alignment = align, LineAlignment = XLineAlignment.Near });
                }

                Y += lineHeight;
            }
        }

        /// <summary>A solid rule centred under the last line, leaving <paramref name="margin"/> of the width on each side.</summary>
        /// <remarks>Drawn clear of the line above: the glyphs' descenders (g, y, the dot of ạ) reach to the bottom of its line box.</remarks>
        public void Rule(double x, double width, double margin)
        {
            var y = Y + 3;
            _gfx.DrawLine(new XPen(XColors.Black, 0.6), x + width * margin, y, x + width * (1 - margin), y);
            Y += 5;
        }

        /// <summary>A table whose header row is repeated at the top of each page it runs onto, as the Word file's header row is.</summary>
        public void Table(Table t)
        {
            var widths = t.Fractions().Select(f => Width * f).ToArray();
            DrawRow(t, t.Header, widths, header: true);
            foreach (var row in t.Rows)
            {
                if (Y + RowHeight(row, widths, header: false) > Bottom)
                {
                    NewPage();
                    DrawRow(t, t.Header, widths, header: true);
                }

                DrawRow(t, row, widths, header: false);
            }
        }

        private const double Pad = 3;

        private List<List<string>> WrapRow(IReadOnlyList<string> cells, double[] widths, XFont font) =>
            [.. widths.Select((w, i) => Wrap(i < cells.Count ? cells[i] : "", font, w - 2 * Pad, 0).Select(l => l.Line).ToList())];

        private double RowHeight(IReadOnlyList<string> cells, double[] widths, bool header)
        {
            var font = Font(13, bold: header);
            return WrapRow(cells, widths, font).Max(l => Math.Max(1, l.Count)) * font.Size * 1.15 + 2 * Pad;
        }

        private void DrawRow(Table t, IReadOnlyList<string> cells, double[] widths, bool header)
        {
            const double pad = Pad;
            var font = Font(13, bold: header);
            var lineHeight = font.Size * 1.15;
            var wrapped = WrapRow(cells, widths, font);
            var height = RowHeight(cells, widths, header);
            KeepSpace(height);
            var x = Left;
            var pen = new XPen(XColors.Black, 0.5);
            for (var i = 0; i < widths.Length; i++)
            {
                _gfx.DrawRectangle(pen, x, Y, widths[i], height);
                var align = header || !t.IsTextColumn(i) ? XStringAlignment.Center : XStringAlignment.Near;
                for (var l = 0; l < wrapped[i].Count; l++)
                {
                    _gfx.DrawString(wrapped[i][l], font, XBrushes.Black, new XRect(x + pad, Y + pad + l * lineHeight, widths[i] - 2 * pad, lineHeight),
                        new XStringFormat { Alignment = align, LineAlignment = XLineAlignment.Near });
                }

                x += widths[i];
            }

            Y += height;
        }

        private IEnumerable<(string Line, double Indent, bool Last)> Wrap(string text, XFont font, double width, double firstIndent)
        {
            foreach (var paragraph in text.Replace("\r", "", StringComparison.Ordinal).Split('\n'))
            {
                var indent = firstIndent;
                var line = "";
                foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    var candidate = line.Length == 0 ? word : line + " " + word;
                    if (line.Length > 0 && _gfx.MeasureString(candidate, font).Width > width - indent)
                    {
                        yield return (line, indent, false);
                        indent = 0;
                        line = word;
                    }
                    else
                    {
                        line = candidate;
                    }
                }

                yield return (line, indent, true);
            }
        }

        private void NewPage()
        {
            _gfx?.Dispose();
            _page = _pdf.AddPage();
            _page.Size = PdfSharp.PageSize.A4;
            _gfx = XGraphics.FromPdfPage(_page);
            Y = Mm(20);
            if (_pdf.PageCount > 1)
            {
                // Page numbers from page 2 on, centred at the top.
                _gfx.DrawString(_pdf.PageCount.ToString(System.Globalization.CultureInfo.InvariantCulture), Font(13), XBrushes.Black,
                    new XRect(Left, Mm(10), Width, 16), XStringFormats.TopCenter);
            }
        }

        public void Finish() => _gfx.Dispose();
    }
}
