using ComplaintsAnalytics.DemoData.Model;
using CT = ComplaintsAnalytics.DemoData.Model.ComplainantType;
using RM = ComplaintsAnalytics.DemoData.Model.ReceiptMethod;
using SA = ComplaintsAnalytics.DemoData.Model.ServiceArea;

namespace ComplaintsAnalytics.DemoData.Generation;

/// <summary>Who complained, how, and about which service area, in realistic proportions.</summary>
internal sealed class ProfilePicker(Random random)
{
    public ServiceArea Area(RecordType type, Procedure procedure) => (type, procedure) switch
    {
        (RecordType.Complaint, Procedure.Statutory) => SA.SocialCare,
        (RecordType.Complaint, _) => random.Weighted<SA>([(SA.SocialCare, 20), (SA.Send, 55), (SA.Education, 15), (SA.EarlyHelp, 10)]),
        (RecordType.Compliment, _) => random.Weighted<SA>([(SA.SocialCare, 55), (SA.Send, 18), (SA.Education, 10), (SA.EarlyHelp, 17)]),
        (RecordType.MpEnquiry, _) => random.Weighted<SA>([(SA.SocialCare, 20), (SA.Send, 50), (SA.Education, 25), (SA.EarlyHelp, 5)]),
        (RecordType.MemberEnquiry, _) => random.Weighted<SA>([(SA.SocialCare, 20), (SA.Send, 35), (SA.Education, 35), (SA.EarlyHelp, 10)]),
        (RecordType.Enquiry, _) => random.Weighted<SA>([(SA.SocialCare, 35), (SA.Send, 35), (SA.Education, 20), (SA.EarlyHelp, 10)]),
        (RecordType.DutyMatter, _) => random.Weighted<SA>([(SA.SocialCare, 90), (SA.EarlyHelp, 10)]),
        (RecordType.InformalRepresentation, _) => SA.SocialCare,
        _ => random.Weighted<SA>([(SA.SocialCare, 20), (SA.Send, 35), (SA.Education, 20), (SA.EarlyHelp, 25)]),
    };

    public ComplainantType Complainant(RecordType type, Team team) => type switch
    {
        RecordType.Complaint => ForComplaint(team),
        RecordType.Compliment => random.Weighted<CT>([(CT.Parent, 50), (CT.ChildOrYoungPerson, 12), (CT.FosterCarer, 8), (CT.KinshipCarer, 5), (CT.FamilyMember, 5), (CT.Professional, 15), (CT.Other, 5)]),
        RecordType.MpEnquiry or RecordType.MemberEnquiry => random.Weighted<CT>([(CT.Parent, 80), (CT.FamilyMember, 10), (CT.KinshipCarer, 5), (CT.Other, 5)]),
        RecordType.Enquiry => random.Weighted<CT>([(CT.Parent, 60), (CT.FamilyMember, 15), (CT.KinshipCarer, 8), (CT.FosterCarer, 5), (CT.Professional, 7), (CT.ChildOrYoungPerson, 3), (CT.Other, 2)]),
        RecordType.DutyMatter => random.Weighted<CT>([(CT.Parent, 70), (CT.FosterCarer, 10), (CT.FamilyMember, 10), (CT.Other, 10)]),
        RecordType.InformalRepresentation => random.Weighted<CT>([(CT.Parent, 80), (CT.FamilyMember, 20)]),
        _ => random.Weighted<CT>([(CT.Parent, 60), (CT.Professional, 20), (CT.FosterCarer, 10), (CT.Other, 10)]),
    };

    public ReceiptMethod Method(RecordType type, ComplainantType complainant) => type switch
    {
        RecordType.Complaint when complainant == CT.ChildOrYoungPerson =>
            random.Weighted<RM>([(RM.Email, 30), (RM.WebForm, 35), (RM.Phone, 20), (RM.FaceToFace, 15)]),
        RecordType.Complaint => random.Weighted<RM>([(RM.Email, 38), (RM.WebForm, 30), (RM.Phone, 13), (RM.Letter, 6), (RM.MpOrMember, 7), (RM.FaceToFace, 6)]),
        RecordType.Compliment => random.Weighted<RM>([(RM.Email, 55), (RM.Phone, 15), (RM.Letter, 20), (RM.WebForm, 8), (RM.FaceToFace, 2)]),
        RecordType.MpEnquiry => random.Weighted<RM>([(RM.MpOrMember, 70), (RM.Email, 30)]),
        RecordType.MemberEnquiry => random.Weighted<RM>([(RM.MpOrMember, 75), (RM.Email, 25)]),
        RecordType.Enquiry => random.Weighted<RM>([(RM.Email, 40), (RM.Phone, 35), (RM.WebForm, 20), (RM.FaceToFace, 5)]),
        RecordType.DutyMatter => random.Weighted<RM>([(RM.Phone, 85), (RM.FaceToFace, 15)]),
        RecordType.InformalRepresentation => random.Weighted<RM>([(RM.Email, 40), (RM.Phone, 40), (RM.Letter, 20)]),
        _ => random.Weighted<RM>([(RM.WebForm, 50), (RM.Email, 35), (RM.FaceToFace, 15)]),
    };

    /// <summary>Whether an advocate helped: about half of young people's complaints; blank on some rows.</summary>
    public bool? Advocate(RecordType type, ComplainantType complainant)
    {
        if (type != RecordType.Complaint)
        {
            return complainant == CT.ChildOrYoungPerson && random.Chance(0.3) ? true : null;
        }

        if (complainant == CT.ChildOrYoungPerson)
        {
            return random.Chance(0.5);
        }

        return random.Chance(0.12) ? null : random.Chance(0.02);
    }

    private ComplainantType ForComplaint(Team team) => team.Key switch
    {
        "leaving-care" => random.Weighted<CT>([(CT.ChildOrYoungPerson, 55), (CT.Parent, 5), (CT.FamilyMember, 5), (CT.FosterCarer, 5), (CT.Professional, 3), (CT.Other, 2)]),
        "fostering" => random.Weighted<CT>([(CT.FosterCarer, 70), (CT.Parent, 15), (CT.ChildOrYoungPerson, 10), (CT.Other, 5)]),
        "kinship" => random.Weighted<CT>([(CT.KinshipCarer, 75), (CT.Parent, 15), (CT.FamilyMember, 10)]),
        "cic1" or "cic2" or "iro" => random.Weighted<CT>([(CT.Parent, 40), (CT.ChildOrYoungPerson, 25), (CT.FosterCarer, 12), (CT.KinshipCarer, 8), (CT.FamilyMember, 10), (CT.Professional, 2), (CT.Other, 3)]),
        _ => team.Context switch
        {
            TextContext.Assessment => random.Weighted<CT>([(CT.Parent, 74), (CT.FamilyMember, 12), (CT.KinshipCarer, 4), (CT.Professional, 3), (CT.ChildOrYoungPerson, 4), (CT.Other, 3)]),
            TextContext.Send => random.Weighted<CT>([(CT.Parent, 86), (CT.FamilyMember, 4), (CT.ChildOrYoungPerson, 4), (CT.Professional, 3), (CT.Other, 3)]),
            TextContext.Transport => random.Weighted<CT>([(CT.Parent, 84), (CT.ChildOrYoungPerson, 6), (CT.FamilyMember, 6), (CT.Other, 4)]),
            TextContext.Admissions => random.Weighted<CT>([(CT.Parent, 92), (CT.FamilyMember, 5), (CT.Other, 3)]),
            TextContext.Disabled => random.Weighted<CT>([(CT.Parent, 88), (CT.FamilyMember, 5), (CT.ChildOrYoungPerson, 2), (CT.Professional, 2), (CT.Other, 3)]),
            _ => random.Weighted<CT>([(CT.Parent, 80), (CT.FamilyMember, 10), (CT.Professional, 4), (CT.Other, 6)]),
        },
    };
}
