namespace ComplaintsAnalytics.DemoData.Export;

/// <summary>The kinds of bad row deliberately planted in the export.</summary>
internal enum DefectKind
{
    ResponseBeforeReceipt,
    UnknownOutcome,
    ImpossibleDate,
    MissingCaseReference,
    ExactDuplicate,
    ConflictingDuplicate,
}
