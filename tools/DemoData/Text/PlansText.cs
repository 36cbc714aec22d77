using C = ComplaintsAnalytics.DemoData.Model.TextContext;

namespace ComplaintsAnalytics.DemoData.Text;

/// <summary>Fragments for the "plans" theme.</summary>
internal static class PlansText
{
    public static readonly Fragment[] Parent =
    [
        new(C.Send, "The draft EHCP has been cut and pasted from another child's plan, it even has the wrong name in section B."),
        new(C.Send, "Section F is vague, it says \"access to\" SALT and OT but doesn't say how much or who will deliver it."),
        new(C.Send, "The provision in {child}'s plan is not being delivered, there has been no speech and language therapy since {monthName}."),
        new(C.Send, "The plan names {school} but the school have said in writing they cannot meet {child}'s needs."),
        new(C.Send, "None of the recommendations from the annual review were put into the amended plan."),
        new(C.Send, "{child} has been without a suitable school place for {months} months despite having an EHCP."),
        new(C.Send, "The outcomes in the plan are the same ones from 3 years ago."),
        new(C.Send, "Health advice from the paediatrician is missing from the plan completely."),
        new(C.Assessment, "The CP plan is full of actions for {me} and nothing for the local authority."),
        new(C.Assessment, "The actions in the CIN plan, including the CAMHS referral, were never done."),
        new(C.Assessment, "{child} was put on a child protection plan and {we} were never given a copy of the plan."),
        new(C.Assessment, "The safety plan was agreed at the core group and then nobody checked it was working."),
        new(C.InCare, "{child}'s care plan says weekly contact with {his} brothers but it has not happened since {monthName}."),
        new(C.InCare, "The care plan has not been updated since {child} moved placement."),
        new(C.InCare, "{child} doesn't have an up to date PEP and the virtual school didn't even know {he} had changed school."),
        new(C.InCare, "The SGO support plan promised help with contact and therapy and none of it has happened."),
        new(C.LeavingCare, "{child}'s pathway plan is out of date and has the wrong college on it."),
        new(C.Disabled, "The short breaks plan says 6 hours a week and {we} have had none since {monthName}."),
        new(C.Disabled, "The CIN plan for {child} does not mention {his} epilepsy at all."),
        new(C.EarlyHelp, "The family plan was written without {me} even being in the room."),
        new(C.EarlyHelp, "The TAF plan has not been reviewed since it was written and nothing on it has been done."),
        new(C.Transport, "{child}'s EHCP says {he} needs a passenger assistant but the transport offer doesn't include one."),
    ];

    public static readonly Fragment[] YoungPerson =
    [
        new(C.LeavingCare, "My pathway plan says I will get help with driving lessons but nothing has happened."),
        new(C.LeavingCare, "My pathway plan was written without me and it's got things in it that aren't true."),
        new(C.InCare, "My care plan says I can see my sister every week but I haven't seen her since {monthName}."),
        new(C.InCare, "Nobody has done my PEP this year and I need help with my GCSEs."),
        new(C.Send, "My EHCP still says I'm in year 9, I'm in college now."),
    ];

    public static readonly Fragment[] Topics =
    [
        new(C.Send, "EHCP provision not delivered"), new(C.Send, "content of draft EHCP"), new(C.Send, "named school cannot meet need"),
        new(C.Assessment, "CP plan actions not completed"), new(C.Assessment, "CIN plan not shared"), new(C.InCare, "care plan contact not happening"),
        new(C.InCare, "PEP not in place"), new(C.LeavingCare, "pathway plan out of date"), new(C.Disabled, "short breaks plan not delivered"),
        new(C.EarlyHelp, "family plan not reviewed"), new(C.Transport, "transport not in line with EHCP"),
    ];
}
