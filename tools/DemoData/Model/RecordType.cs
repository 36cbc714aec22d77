namespace ComplaintsAnalytics.DemoData.Model;

/// <summary>The kinds of representation a council records (canonical record_type).</summary>
internal enum RecordType
{
    Complaint,
    Compliment,
    Enquiry,
    MpEnquiry,
    MemberEnquiry,
    DutyMatter,
    InformalRepresentation,
    Comment,
}
