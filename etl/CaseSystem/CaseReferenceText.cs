using System.Text.RegularExpressions;

namespace ComplaintsAnalytics.Etl.CaseSystem;

/// <summary>
/// What a case reference may look like (<c>CAS-104203</c>, <c>2023/0456</c>, <c>C 12.7</c>). Anything else, a
/// formula such as <c>=cmd|' /C calc'!A0</c> included, is rejected rather than carried into exports.
/// </summary>
internal static partial class CaseReferenceText
{
    public static bool IsValid(string reference) => Pattern().IsMatch(reference);

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9 ./_\-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
