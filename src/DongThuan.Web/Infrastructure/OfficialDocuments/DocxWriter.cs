using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace DongThuan.Web.Infrastructure.OfficialDocuments;

/// <summary>
/// Writes an <see cref="OfficialDocument"/> as a Word file in the Decree 30 layout: A4, margins 20/20/30/15 mm,
/// Times New Roman 14 (13 in the header, 12 and 11 in the recipients), the header as a borderless two-column
/// table with short rules under the issuer and the motto, the page number centred at the top from page 2.
/// Built with the Open XML SDK (see ADR 0012): the file opens in Word and LibreOffice and can be edited before signing.
/// </summary>
public static class DocxWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private const string Font = "Times New Roman";

    // Twentieths of a point. A4 is 210 × 297 mm; 1 mm = 56.7 twips.
    private const int PageWidth = 11906, PageHeight = 16838, MarginTop = 1134, MarginBottom = 1134, MarginLeft = 1701, MarginRight = 850;
    private const int TextWidth = PageWidth - MarginLeft - MarginRight;
    private const int LeftColumn = 3630;

    public static byte[] Write(OfficialDocument doc)
    {
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = package.AddMainDocumentPart();
            AddStyles(main);
            var body = new W.Body();
            body.Append(Header(doc));
            body.Append(TitleBlock(doc));
            foreach (var block in doc.Body)
            {
                foreach (var element in Render(block))
                {
                    body.Append(element);
                }
            }

            body.Append(Closing(doc));
            body.Append(Section(main));
            main.Document = new W.Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    private static void AddStyles(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunProperties(
                    new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font },
                    new FontSize { Val = "28" }, new FontSizeComplexScript { Val = "28" }, new Languages { Val = "vi-VN" })),
                new ParagraphPropertiesDefault(new ParagraphProperties(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }))));
        styles.Styles.Save();
    }

    private static SectionProperties Section(MainDocumentPart main)
    {
        // Page 1 carries no number (its header is empty); later pages show it centred at the top.
        var first = main.AddNewPart<HeaderPart>();
        first.Header = new W.Header(new W.Paragraph());
        var others = main.AddNewPart<HeaderPart>();
        others.Header = new W.Header(new W.Paragraph(
            new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
            new W.Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new W.Run(new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
            new W.Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
            new W.Run(new W.Text("2")),
            new W.Run(new FieldChar { FieldCharType = FieldCharValues.End })));
        return new SectionProperties(
            new HeaderReference { Type = HeaderFooterValues.First, Id = main.GetIdOfPart(first) },
            new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(others) },
            new W.PageSize { Width = PageWidth, Height = PageHeight },
            new PageMargin { Top = MarginTop, Bottom = MarginBottom, Left = MarginLeft, Right = MarginRight, Header = 567, Footer = 567, Gutter = 0 },
            new TitlePage());
    }

    private static W.Table Header(OfficialDocument doc)
    {
        var left = new List<OpenXmlElement>();
        if (doc.ParentIssuer is { } parent)
        {
            left.Add(Line(parent.ToUpperInvariant(), 26, center: true));
        }

        left.Add(Line(doc.Issuer.ToUpperInvariant(), 26, center: true, bold: true));
        left.Add(Rule(LeftColumn, 0.3));
        left.Add(Line(doc.NumberLine, 26, center: true, spaceBefore: 120));

        var right = new List<OpenXmlElement>
        {
            Line(OfficialDocument.Motto, 26, center: true, bold: true),
            Line(OfficialDocument.Slogan, 28, center: true, bold: true),
            Rule(TextWidth - LeftColumn, 0.2),
            Line(doc.DateLine, 28, center: true, italic: true, spaceBefore: 120),
        };
        return Borderless([LeftColumn, TextWidth - LeftColumn], [left, right]);
    }

    private static IEnumerable<OpenXmlElement> TitleBlock(OfficialDocument doc)
    {
        if (doc.TypeName is { } type)
        {
            yield return Line(type.ToUpperInvariant(), 28, center: true, bold: true, spaceBefore: 360);
            yield return Line(doc.Summary, 28, center: true, bold: true);
            yield return Rule(TextWidth, 0.4);
        }
        else
        {
            // A letter: "V/v …" under the number, in the left column's width.
            yield return Line("V/v " + doc.Summary, 24, center: false, spaceBefore: 120, rightIndent: TextWidth - LeftColumn);
        }

        if (doc.Addressees.Count > 0)
        {
            yield return Line("Kính gửi: " + doc.Addressees[0], 28, center: true, spaceBefore: 240);
            foreach (var more in doc.Addressees.Skip(1))
            {
                yield return Line(more, 28, center: true);
            }
        }

        yield return new W.Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "120" }));
    }

    private static IEnumerable<OpenXmlElement> Render(Block block)
    {
        switch (block)
        {
            case Heading h:
                yield return new W.Paragraph(
                    new ParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "120", After = "120" }, new Justification { Val = JustificationValues.Both },
                        new Indentation { FirstLine = "720" }),
                    TextRun(h.Text, 28, bold: true));
                break;
            case Paragraph p:
                yield return new W.Paragraph(
                    new ParagraphProperties(new SpacingBetweenLines { After = "120", Line = "312", LineRule = LineSpacingRuleValues.Auto },
                        new Justification { Val = JustificationValues.Both }, new Indentation { FirstLine = "720" }),
                    TextRun(p.Text, 28, italic: p.Italic));
                break;
            case Table t:
                yield return Grid(t);
                yield return new W.Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "120" }));
                break;
        }
    }

    private static W.Table Grid(Table t)
    {
        var widths = t.Fractions().Select(f => (int)(TextWidth * f)).ToArray();
        var border = () => new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
            new LeftBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });
        var table = new W.Table(new TableProperties(border(), new TableWidth { Width = TextWidth.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableLayout { Type = TableLayoutValues.Fixed }));
        table.Append(new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        table.Append(Row(t, t.Header, widths, header: true));
        foreach (var row in t.Rows)
        {
            table.Append(Row(t, row, widths, header: false));
        }

        return table;
    }

    private static TableRow Row(Table t, IReadOnlyList<string> cells, int[] widths, bool header)
    {
        var row = new TableRow();
        if (header)
        {
            row.Append(new TableRowProperties(new TableHeader()));
        }

        for (var i = 0; i < widths.Length; i++)
        {
            var text = i < cells.Count ? cells[i] : "";
            row.Append(new TableCell(
                new TableCellProperties(new TableCellWidth { Width = widths[i].ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }),
                new W.Paragraph(
                    new ParagraphProperties(new SpacingBetweenLines { Before = "40", After = "40" },
                        new Justification { Val = header || !t.IsTextColumn(i) ? JustificationValues.Center : JustificationValues.Left }),
                    TextRun(text, 26, bold: header))));
        }

        return row;
    }

    private static IEnumerable<OpenXmlElement> Closing(OfficialDocument doc)
    {
        var recipients = new List<OpenXmlElement> { Line("Nơi nhận:", 24, center: false, bold: true, italic: true, spaceBefore: 240) };
        recipients.AddRange(doc.Recipients.Select((r, i) => Line("- " + r + (i == doc.Recipients.Count - 1 ? "." : ";"), 22, center: false)));
        if (doc.Signers.Count == 1)
        {
            yield return Borderless([TextWidth / 2, TextWidth - TextWidth / 2], [recipients, SignatureBlock(doc.Signers[0])]);
            yield break;
        }

        // Several signers (a joint programme): their blocks side by side, the recipients below.
        var n = doc.Signers.Count;
        yield return Borderless([.. Enumerable.Range(0, n).Select(i => i < n - 1 ? TextWidth / n : TextWidth - TextWidth / n * (n - 1))], [.. doc.Signers.Select(SignatureBlock)]);
        foreach (var line in recipients)
        {
            yield return line;
        }
    }

    private static List<OpenXmlElement> SignatureBlock(Signer signer)
    {
        var block = new List<OpenXmlElement>();
        if (signer.Authority is { } authority)
        {
            block.Add(Line(authority.ToUpperInvariant(), 28, center: true, bold: true, spaceBefore: 240));
            block.Add(Line(signer.Title.ToUpperInvariant(), 28, center: true, bold: true));
        }
        else
        {
            block.Add(Line(signer.Title.ToUpperInvariant(), 28, center: true, bold: true, spaceBefore: 240));
        }

        block.Add(Line("", 28, center: true, spaceBefore: 1200));
        block.Add(Line(signer.Name, 28, center: true, bold: true));
        return block;
    }

    private static W.Table Borderless(int[] widths, List<OpenXmlElement>[] columns)
    {
        var none = () => new TableBorders(
            new TopBorder { Val = BorderValues.None }, new BottomBorder { Val = BorderValues.None }, new LeftBorder { Val = BorderValues.None },
            new RightBorder { Val = BorderValues.None }, new InsideHorizontalBorder { Val = BorderValues.None }, new InsideVerticalBorder { Val = BorderValues.None });
        var table = new W.Table(new TableProperties(none(), new TableWidth { Width = widths.Sum().ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableLayout { Type = TableLayoutValues.Fixed }, new TableCellMarginDefault(new TableCellLeftMargin { Width = 0, Type = TableWidthValues.Dxa },
                new TableCellRightMargin { Width = 0, Type = TableWidthValues.Dxa })));
        table.Append(new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        var row = new TableRow();
        for (var i = 0; i < widths.Length; i++)
        {
            var cell = new TableCell(new TableCellProperties(new TableCellWidth { Width = widths[i].ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }));
            cell.Append(columns[i].Count > 0 ? columns[i] : [new W.Paragraph()]);
            row.Append(cell);
        }

        table.Append(row);
        return table;
    }

    /// <summary>One line of the header, title or closing block.</summary>
    private static W.Paragraph Line(string text, int halfPoints, bool center, bool bold = false, bool italic = false, int spaceBefore = 0, int rightIndent = 0)
    {
        var props = new ParagraphProperties(new Justification { Val = center ? JustificationValues.Center : JustificationValues.Left });
        if (spaceBefore > 0)
        {
            props.Append(new SpacingBetweenLines { Before = spaceBefore.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }

        if (rightIndent > 0)
        {
            props.Append(new Indentation { Right = rightIndent.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }

        return new W.Paragraph(props, TextRun(text, halfPoints, bold, italic));
    }

    /// <summary>
    /// A short solid rule under the line above: an empty, tiny paragraph with a bottom border, indented by
    /// <paramref name="margin"/> of the column on each side, so its length is set rather than typed as underscores.
    /// </summary>
    private static W.Paragraph Rule(int columnWidth, double margin)
    {
        var indent = ((int)(columnWidth * margin)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new W.Paragraph(
            new ParagraphProperties(
                new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 6, Space = 1 }),
                new Indentation { Left = indent, Right = indent },
                new SpacingBetweenLines { Before = "0", After = "0", Line = "60", LineRule = LineSpacingRuleValues.Exact }),
            new W.Run(new RunProperties(new FontSize { Val = "4" })));
    }

    private static W.Run TextRun(string text, int halfPoints, bool bold = false, bool italic = false)
    {
        var props = new RunProperties();
        if (bold)
        {
            props.Append(new Bold());
        }

        if (italic)
        {
            props.Append(new Italic());
        }

        props.Append(new FontSize { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            new FontSizeComplexScript { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        return new W.Run(props, new W.Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }
}
