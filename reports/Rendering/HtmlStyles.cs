namespace ComplaintsAnalytics.Reports.Rendering;

/// <summary>The page's style sheet: readable on screen, and printing on A4 without splitting tables or charts.</summary>
internal static class HtmlStyles
{
    public const string Css = """
        body { font-family: Arial, "Liberation Sans", Helvetica, sans-serif; font-size: 11pt; line-height: 1.45; color: #0b0c0c; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
        h1 { color: #003078; font-size: 2rem; margin-top: 3rem; }
        h2 { color: #003078; font-size: 1.5rem; margin-top: 2.5rem; border-bottom: 2px solid #003078; padding-bottom: .2rem; }
        h3 { color: #003078; font-size: 1.15rem; }
        .subtitle { font-size: 1.3rem; }
        .title-page { border-bottom: 1px solid #b1b4b6; padding-bottom: 1rem; }
        .draft { color: #d4351c; font-weight: bold; text-align: center; border: 2px solid #d4351c; padding: .4rem; }
        .contents ol { list-style: none; padding-left: 0; }
        .contents a { color: #1d70b8; }
        table { border-collapse: collapse; width: 100%; margin: .4rem 0 .3rem; font-size: 9.5pt; table-layout: fixed; page-break-inside: avoid; }
        caption { caption-side: top; text-align: left; font-weight: bold; font-size: 10pt; padding: .6rem 0 .3rem; }
        th, td { border: 1px solid #b1b4b6; padding: .2rem .35rem; vertical-align: top; text-align: left; overflow-wrap: anywhere; }
        thead th { background: #003078; color: #fff; }
        tbody th { font-weight: normal; }
        .figure { text-align: right; }
        tr.total th, tr.total td { font-weight: bold; background: #f3f2f1; }
        tr.group th { font-weight: bold; background: #dee9f5; }
        .note { color: #505a5f; font-size: 9pt; margin-top: .2rem; }
        figure { margin: 1rem 0; page-break-inside: avoid; }
        figure img { max-width: 100%; height: auto; }
        figcaption { font-weight: bold; font-size: 10pt; }
        @media print { body { max-width: none; margin: 0; } h2 { page-break-after: avoid; } @page { size: A4; margin: 2cm; } }

        """;
}
