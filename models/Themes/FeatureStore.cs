using Microsoft.ML;
using Microsoft.ML.Data;

namespace ComplaintsAnalytics.Models;

/// <summary>Runs the featuriser over texts once and holds the vectors in memory for the scorers.</summary>
internal static class FeatureStore
{
    /// <summary>
    /// The texts as featuriser input. The rows are built once, concept tags included: ML.NET reads a data view once per
    /// pass, and fitting the featuriser makes several.
    /// </summary>
    public static IDataView TextView(MLContext ml, IEnumerable<string?> texts) =>
        ml.Data.LoadFromEnumerable(texts.Select(t => new TextRow
        {
            Text = t ?? string.Empty,
            ConceptSequence = ConceptTagger.Sequence(t),
        }).ToArray());

    public static (VBuffer<float>[] Vectors, int Size) Featurise(MLContext ml, ITransformer featurizer, IReadOnlyList<string?> texts) =>
        Featurise(featurizer, TextView(ml, texts), texts.Count);

    /// <summary>As above for a <see cref="TextView"/> already built (the one the featuriser was fitted on).</summary>
    public static (VBuffer<float>[] Vectors, int Size) Featurise(ITransformer featurizer, IDataView textView, int rows)
    {
        var view = featurizer.Transform(textView);
        var column = view.Schema[TextFeaturizer.FeaturesColumn];
        var size = ((VectorDataViewType)column.Type).Size;
        var vectors = new VBuffer<float>[rows];
        using var cursor = view.GetRowCursor([column]);
        var getter = cursor.GetGetter<VBuffer<float>>(column);
        var i = 0;
        while (cursor.MoveNext())
        {
            getter(ref vectors[i]);
            i++;
        }

        return (vectors, size);
    }

    public static IDataView FeatureView(MLContext ml, IEnumerable<FeatureRow> rows, int size)
    {
        var schema = SchemaDefinition.Create(typeof(FeatureRow));
        schema[nameof(FeatureRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, size);
        return ml.Data.LoadFromEnumerable(rows, schema);
    }
}
