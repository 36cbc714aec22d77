using System.Security.Cryptography;
using System.Text;

namespace ComplaintsAnalytics.Models;

/// <summary>
/// Carves the validation rows out of a corpus by a hash of each text, not by position or a random draw:
/// the same text always falls on the same side, so adding rows later (reviewed labels) leaves the
/// existing split as it was, and duplicates never straddle it.
/// </summary>
internal static class ValidationSplit
{
    public static (IReadOnlyList<LabelledText> Training, IReadOnlyList<LabelledText> Validation) Split(
        IReadOnlyList<LabelledText> rows, double validationShare)
    {
        var cut = (uint)(validationShare * 10_000);
        var training = new List<LabelledText>();
        var validation = new List<LabelledText>();
        foreach (var row in rows)
        {
            (Bucket(row.Text) < cut ? validation : training).Add(row);
        }

        return (training, validation);
    }

    private static uint Bucket(string text)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return BitConverter.ToUInt32(hash, 0) % 10_000;
    }
}
