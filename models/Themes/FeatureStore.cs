using Microsoft.ML;
using Microsoft.ML.Data;

namespace ComplaintsAnalytics.Models;

/// <summary>Runs the featuriser over texts once and holds the vectors in memory for the scorers.</summary>
internal static class FeatureStore
{
    public static IDataView TextView(MLContext ml, IEnumerable<string?> texts) =>
        ml.Data.LoadFromEnumerable(texts.Select(t => new TextRow
        {
            Text = t ?? string.Empty,
            ConceptSequence = ConceptTagger.Sequence(t),
        }));

    public static (VBuffer<float>[] Vectors, int Size) Featurise(MLContext ml, ITransformer featurizer, IReadOnlyList<string?> texts)
    {
        var view = featurizer.Transform(TextView(ml, texts));
        var column = view.Schema[TextFeaturizer.FeaturesColumn];
        var size = ((VectorDataViewType)column.Type).Size;
        var vectors = new VBuffer<float>[texts.Count];
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
