namespace ComplaintsAnalytics.Etl.Themes;

/// <summary>What one theme assignment did.</summary>
/// <param name="RunId">The <c>etl.run</c> (kind <c>themes</c>) that recorded it; null when there was nothing to do.</param>
/// <param name="Coded">Stages given their officer-coded themes.</param>
/// <param name="Predicted">Stages given the model's themes.</param>
/// <param name="Reassigned">Of those, stages that had themes before (summary changed, or an older model).</param>
/// <param name="ModelVersion">The model version used for predictions.</param>
/// <param name="Elapsed">Wall time, including the model's.</param>
/// <param name="PredictElapsed">Time spent in the model.</param>
public sealed record ThemeAssignmentResult(
    long? RunId, int Coded, int Predicted, int Reassigned, string ModelVersion, TimeSpan Elapsed, TimeSpan PredictElapsed)
{
    /// <summary>Stages given themes.</summary>
    public int Assigned => Coded + Predicted;
}
