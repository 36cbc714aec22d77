namespace ComplaintsAnalytics.Reports.Figures;

/// <summary>Direction of travel as councils print it: an arrow and a word.</summary>
public static class Direction
{
    public static string Label(string? direction) => direction switch
    {
        "up" => "\u2191 Up",
        "down" => "\u2193 Down",
        "level" => "\u2194 Level",
        _ => Numbers.NotAvailable,
    };
}
