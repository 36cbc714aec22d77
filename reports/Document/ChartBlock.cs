namespace ComplaintsAnalytics.Reports.Document;

/// <summary>A chart as a PNG, with the alt text a screen reader reads and the caption under it.</summary>
public sealed record ChartBlock(string Name, byte[] Png, int PixelWidth, int PixelHeight, string AltText, string Caption) : ReportBlock;
