namespace ComplaintsAnalytics.Etl.Themes;

/// <summary>A complaint stage whose themes the model predicted: what a review queue is drawn from.</summary>
public sealed class PredictedStage
{
    public long ComplaintStageKey { get; init; }

    public string LaCode { get; init; } = string.Empty;

    public string CaseReference { get; init; } = string.Empty;

    public short Stage { get; init; }

    public DateOnly ReceivedDate { get; init; }

    public string? Category { get; init; }

    /// <summary>The redacted summary the themes were predicted from.</summary>
    public string? Summary { get; init; }

    /// <summary>The predicted theme codes, most confident first, separated by <c>;</c>.</summary>
    public string Themes { get; init; } = string.Empty;

    public string? ModelVersion { get; init; }
}
