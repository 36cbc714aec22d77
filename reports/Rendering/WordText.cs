using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ComplaintsAnalytics.Reports.Rendering;

/// <summary>Small builders for Word paragraphs, runs and fields.</summary>
internal static class WordText
{
    public static Paragraph Paragraph(string text, string? style = null, bool bold = false, JustificationValues? justification = null)
    {
        var properties = new ParagraphProperties();
        if (style is not null)
        {
            properties.ParagraphStyleId = new ParagraphStyleId { Val = style };
        }

        if (justification is { } j)
        {
            properties.Justification = new Justification { Val = j };
        }

        return new Paragraph(properties, Run(text, bold));
    }

    public static Run Run(string text, bool bold = false)
    {
        var run = new Run();
        if (bold)
        {
            run.RunProperties = new RunProperties(new Bold());
        }

        // Recorded learning keeps the officer's line breaks (one action a line).
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new Break());
            }

            run.Append(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }

        return run;
    }

    /// <summary>A field (PAGE, PAGEREF, TOC) as begin, instruction, separator, cached result and end runs.</summary>
    public static IEnumerable<OpenXmlElement> Field(string instruction, string cached) =>
    [
        new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
        new Run(new FieldCode($" {instruction} ") { Space = SpaceProcessingModeValues.Preserve }),
        new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
        new Run(new Text(cached) { Space = SpaceProcessingModeValues.Preserve }),
        new Run(new FieldChar { FieldCharType = FieldCharValues.End }),
    ];

    public static Paragraph PageBreak() => new(new Run(new Break { Type = BreakValues.Page }));
}
