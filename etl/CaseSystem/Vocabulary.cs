namespace ComplaintsAnalytics.Etl.CaseSystem;

/// <summary>The canonical values of the coded columns.</summary>
public static class Vocabulary
{
    public static IReadOnlyList<string> RecordTypes { get; } =
        ["complaint", "compliment", "enquiry", "mp_enquiry", "member_enquiry", "duty_matter", "informal_representation", "comment"];

    public static IReadOnlyList<string> Procedures { get; } = ["statutory", "corporate"];

    public static IReadOnlyList<string> ServiceAreas { get; } = ["social_care", "send", "education", "early_help", "other"];

    public static IReadOnlyList<string> ComplainantTypes { get; } =
        ["child_or_young_person", "parent", "foster_carer", "kinship_carer", "family_member", "professional", "other"];

    public static IReadOnlyList<string> ReceiptMethods { get; } =
        ["email", "web_form", "phone", "letter", "mp_or_member", "face_to_face", "other"];

    public static IReadOnlyList<string> Outcomes { get; } =
        ["upheld", "partially_upheld", "not_upheld", "withdrawn", "rejected"];

    /// <summary>The coded vocabulary of a canonical column, or null for free text, dates and numbers.</summary>
    public static IReadOnlyList<string>? For(int column) => column switch
    {
        CanonicalColumn.RecordType => RecordTypes,
        CanonicalColumn.Procedure => Procedures,
        CanonicalColumn.ServiceArea => ServiceAreas,
        CanonicalColumn.ComplainantType => ComplainantTypes,
        CanonicalColumn.ReceiptMethod => ReceiptMethods,
        CanonicalColumn.Outcome => Outcomes,
        _ => null,
    };
}
