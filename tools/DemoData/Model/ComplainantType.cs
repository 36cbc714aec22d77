namespace ComplaintsAnalytics.DemoData.Model;

/// <summary>Who made the representation (canonical complainant_type).</summary>
internal enum ComplainantType
{
    Parent,
    ChildOrYoungPerson,
    FosterCarer,
    KinshipCarer,
    FamilyMember,
    Professional,
    Other,
}
