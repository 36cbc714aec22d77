namespace ComplaintsAnalytics.PowerBI.Tests.SemanticModel;

/// <summary>
/// The TMDL object kinds this model may use, with the child objects, properties, flags and expression
/// properties each may hold (names from the Tabular Object Model, camelCase as TMDL writes them). A
/// kind or property missing here is a typo as far as these tests are concerned.
/// </summary>
internal sealed record TmdlGrammar(
    string[] Children,
    string[] Properties,
    string[] Flags,
    string[] ExpressionProperties,
    bool DefaultValue)
{
    public const string Root = "(root)";

    public static readonly IReadOnlyDictionary<string, TmdlGrammar> Kinds = new Dictionary<string, TmdlGrammar>(StringComparer.Ordinal)
    {
        [Root] = new(
            ["database", "model", "table", "relationship", "role", "expression", "annotation", "ref", "cultureInfo", "perspective", "dataSource", "queryGroup"],
            [], [], [], false),
        ["database"] = new([], ["compatibilityLevel", "compatibilityMode", "language", "collation"], [], [], false),
        ["model"] = new(
            ["dataAccessOptions", "annotation"],
            ["culture", "defaultPowerBIDataSourceVersion", "sourceQueryCulture", "defaultMode", "collation"],
            ["discourageImplicitMeasures", "discourageReportMeasures"], [], false),
        ["dataAccessOptions"] = new([], [], ["legacyRedirects", "returnErrorValuesAsNull", "fastCombine"], [], false),
        ["table"] = new(
            ["column", "measure", "partition", "hierarchy", "annotation", "changedProperty"],
            ["dataCategory", "lineageTag", "sourceLineageTag"],
            ["isHidden", "isPrivate", "excludeFromModelRefresh", "showAsVariationsOnly"], [], false),
        ["column"] = new(
            ["annotation", "changedProperty", "variation"],
            ["dataType", "formatString", "summarizeBy", "sourceColumn", "sortByColumn", "displayFolder", "lineageTag", "sourceLineageTag", "dataCategory", "isAvailableInMdx", "isNullable", "encodingHint"],
            ["isHidden", "isKey", "isUnique", "isDefaultLabel", "isDefaultImage", "isNameInferred", "isDataTypeInferred"], [], true),
        ["measure"] = new(
            ["annotation", "changedProperty", "formatStringDefinition"],
            ["formatString", "displayFolder", "lineageTag", "dataCategory"],
            ["isHidden", "isSimpleMeasure"], [], true),
        ["partition"] = new(["annotation"], ["mode", "queryGroup", "dataView"], [], ["source"], true),
        ["hierarchy"] = new(["level", "annotation"], ["lineageTag", "displayFolder"], ["isHidden"], [], false),
        ["level"] = new(["annotation"], ["column", "lineageTag", "ordinal"], [], [], false),
        ["relationship"] = new(
            ["annotation"],
            ["fromColumn", "toColumn", "isActive", "crossFilteringBehavior", "fromCardinality", "toCardinality", "securityFilteringBehavior", "joinOnDateBehavior", "relyOnReferentialIntegrity"],
            [], [], false),
        ["role"] = new(["tablePermission", "member", "annotation"], ["modelPermission"], [], [], false),
        ["tablePermission"] = new(["columnPermission"], ["metadataPermission"], [], [], true),
        ["member"] = new([], ["identityProvider", "memberType"], [], [], true),
        ["expression"] = new(["annotation"], ["lineageTag", "queryGroup", "kind"], [], [], true),
        ["annotation"] = new([], [], [], [], true),
        ["changedProperty"] = new([], [], [], [], true),
    };

    /// <summary>Kinds that <c>ref</c> may point at.</summary>
    public static readonly string[] ReferenceKinds = ["table", "role", "expression", "culture", "cultureInfo", "perspective", "queryGroup"];
}
