using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ComplaintsAnalytics.Reports.Rendering;

/// <summary>
/// The document's named styles (so a complaints manager restyles the whole report by editing one style),
/// the bullet list, and a setting that asks Word to refresh the contents' page numbers when it opens.
/// </summary>
internal static class WordStyles
{
    public const string Font = "Arial";
    public const string Accent = "003078";
    public const string BulletNumbering = "1";
    public const int TextWidthTwips = 9638;

    public static void AddTo(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font },
                    new FontSize { Val = "22" },
                    new FontSizeComplexScript { Val = "22" },
                    new Languages { Val = "en-GB" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { After = "120", Line = "276", LineRule = LineSpacingRuleValues.Auto }))),
            Paragraph("Normal", "Normal", null, null, isDefault: true),
            Paragraph("Title", "Title", new RunProperties(new Bold(), new Color { Val = Accent }, new FontSize { Val = "56" }),
                new ParagraphProperties(new SpacingBetweenLines { Before = "2400", After = "480" })),
            Paragraph("Subtitle", "Subtitle", new RunProperties(new Color { Val = "0B0C0C" }, new FontSize { Val = "28" }),
                new ParagraphProperties(new SpacingBetweenLines { After = "240" })),
            Paragraph("Heading1", "heading 1", new RunProperties(new Bold(), new Color { Val = Accent }, new FontSize { Val = "32" }),
                new ParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "480", After = "160" }, new OutlineLevel { Val = 0 })),
            Paragraph("ContentsHeading", "Contents heading", new RunProperties(new Bold(), new Color { Val = Accent }, new FontSize { Val = "32" }),
                new ParagraphProperties(new SpacingBetweenLines { Before = "240", After = "240" })),
            Paragraph("Heading2", "heading 2", new RunProperties(new Bold(), new Color { Val = Accent }, new FontSize { Val = "24" }),
                new ParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "80" }, new OutlineLevel { Val = 1 })),
            Paragraph("Caption", "caption", new RunProperties(new Bold(), new FontSize { Val = "20" }),
                new ParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "200", After = "80" })),
            Paragraph("ChartCaption", "Chart caption", new RunProperties(new Bold(), new FontSize { Val = "20" }),
                new ParagraphProperties(new SpacingBetweenLines { Before = "40", After = "240" })),
            Paragraph("Note", "Table note", new RunProperties(new Color { Val = "505A5F" }, new FontSize { Val = "18" }),
                new ParagraphProperties(new SpacingBetweenLines { Before = "40", After = "80" })),
            Paragraph("TableText", "Table text", new RunProperties(new FontSize { Val = "19" }),
                new ParagraphProperties(new SpacingBetweenLines { Before = "30", After = "30", Line = "240", LineRule = LineSpacingRuleValues.Auto })),
            Paragraph("Draft", "Draft notice", new RunProperties(new Bold(), new Color { Val = "D4351C" }, new FontSize { Val = "20" }),
                new ParagraphProperties(new Justification { Val = JustificationValues.Center })),
            Paragraph("Footer", "footer", new RunProperties(new Color { Val = "505A5F" }, new FontSize { Val = "18" }), null),
            Paragraph("TOC1", "toc 1", null,
                new ParagraphProperties(new Tabs(new TabStop { Val = TabStopValues.Right, Leader = TabStopLeaderCharValues.Dot, Position = TextWidthTwips }),
                    new SpacingBetweenLines { After = "80" })),
            Paragraph("ListBullet", "List Bullet", null,
                new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 1 }),
                    new SpacingBetweenLines { After = "80" })),
            new Style(new StyleName { Val = "Hyperlink" }, new RunProperties(new Color { Val = "1D70B8" }, new Underline { Val = UnderlineValues.Single }))
            {
                Type = StyleValues.Character,
                StyleId = "Hyperlink",
            });

        var numbering = main.AddNewPart<NumberingDefinitionsPart>();
        numbering.Numbering = new Numbering(
            new AbstractNum(
                new Level(
                    new NumberingFormat { Val = NumberFormatValues.Bullet },
                    new LevelText { Val = "\u2022" },
                    new LevelJustification { Val = LevelJustificationValues.Left },
                    new PreviousParagraphProperties(new Indentation { Left = "360", Hanging = "360" }))
                { LevelIndex = 0 })
            { AbstractNumberId = 1 },
            new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = 1 });

        var settings = main.AddNewPart<DocumentSettingsPart>();
        settings.Settings = new Settings(new UpdateFieldsOnOpen { Val = true });
    }

    // Children in the order the schema requires: name, basedOn, qFormat, pPr, rPr.
    private static Style Paragraph(string id, string name, RunProperties? run, ParagraphProperties? paragraph, bool isDefault = false)
    {
        var style = new Style(new StyleName { Val = name })
        {
            Type = StyleValues.Paragraph,
            StyleId = id,
            Default = isDefault ? true : null,
        };
        if (id != "Normal")
        {
            style.Append(new BasedOn { Val = "Normal" });
        }

        style.Append(new PrimaryStyle());
        if (paragraph is not null)
        {
            style.Append(new StyleParagraphProperties(paragraph.ChildElements.Select(e => e.CloneNode(true))));
        }

        if (run is not null)
        {
            style.Append(new StyleRunProperties(run.ChildElements.Select(e => e.CloneNode(true))));
        }

        return style;
    }
}
