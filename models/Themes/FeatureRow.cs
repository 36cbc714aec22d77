using Microsoft.ML.Data;

namespace ComplaintsAnalytics.Models;

/// <summary>A text's materialised features, with a binary label when training one theme.</summary>
internal sealed class FeatureRow
{
    public VBuffer<float> Features { get; set; }

    public bool Label { get; set; }
}
