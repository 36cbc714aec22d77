using C = ComplaintsAnalytics.DemoData.Model.TextContext;

namespace ComplaintsAnalytics.DemoData.Text;

/// <summary>Fragments for the "decisions and procedure" theme.</summary>
internal static class DecisionText
{
    public static readonly Fragment[] Parent =
    [
        new(C.Assessment, "{I} completely disagree with the decision to put {child} on a child protection plan."),
        new(C.Assessment, "The assessment concluded there were no concerns, {i} {dont} accept this given what {child} has told {me}."),
        new(C.Assessment, "{I} {dont} accept the decision to close the case when nothing has changed at home."),
        new(C.Assessment, "The strategy meeting decided to go to ICPC without anyone speaking to {me} first."),
        new(C.Assessment | C.InCare, "{sw} has recommended supervised contact only, which is totally unfair, {i} {have} never been a risk to {child}."),
        new(C.Assessment, "The case was stepped down to Early Help against {my} wishes."),
        new(C.Assessment, "The referral from school was screened out by MASH with no checks at all."),
        new(C.InCare, "The decision to move {child} from a placement where {he} was settled was made without any proper consultation."),
        new(C.InCare, "{I} was refused overnight contact and no reason was given."),
        new(C.InCare, "The viability assessment was negative because of a caution from 15 years ago."),
        new(C.InCare, "Procedures weren't followed, {i} wasn't invited to the review and decisions were made without {me}."),
        new(C.Send, "The LA refused to carry out an EHCNA even though the SENCO supported the request."),
        new(C.Send, "The decision not to issue a plan after the assessment ignores the EP's advice."),
        new(C.Send, "Panel decided {child} doesn't meet the criteria for a specialist place, {i} want{s} to know who was on the panel and what they looked at."),
        new(C.Send, "{I} was told {child} is \"not far enough behind\" to need a plan."),
        new(C.Transport, "{child} has been assessed as not eligible for transport even though {he} cannot travel on {his} own."),
        new(C.Transport, "The decision to take away the passenger assistant ignores {child}'s medical needs."),
        new(C.Transport, "Transport was refused because {we} are 2.9 miles from school on the \"safe walking route\", which goes along an unlit main road."),
        new(C.Transport, "The stage 1 transport review just repeated the policy and did not look at {our} circumstances."),
        new(C.Admissions, "{child} was refused a place at {school} which is {our} nearest school, {we} live 0.4 miles away."),
        new(C.Admissions, "The admissions team did not apply the sibling link even though {child}'s sister is already at {school}."),
        new(C.Disabled, "{child} was found not eligible for the Disabled Children's Team because {he} doesn't have a diagnosis yet."),
        new(C.Disabled, "The short breaks allocation was cut from 8 to 4 hours with no reassessment."),
        new(C.EarlyHelp, "The Early Help case was closed without {my} agreement."),
        new(C.LeavingCare, "{child} has been told {he} is not entitled to support after 21 even though {he} is at university."),
    ];

    public static readonly Fragment[] YoungPerson =
    [
        new(C.LeavingCare, "I was told I'm not entitled to support after 21 even though I'm at university."),
        new(C.LeavingCare | C.InCare, "The council refused to let me stay put with my foster carers when I turned 18."),
        new(C.InCare, "I was moved to a new placement and nobody asked me what I wanted."),
        new(C.InCare, "I want to live with my nan and they said no without even assessing her properly."),
        new(C.Send | C.Transport, "they said I cant have transport to college because I'm over 16."),
    ];

    public static readonly Fragment[] Topics =
    [
        new(C.Assessment, "disagrees with child protection decision"), new(C.Assessment, "case closed without agreement"),
        new(C.InCare, "placement move decision"), new(C.InCare, "contact arrangements decision"), new(C.Send, "refusal to assess (EHCNA)"),
        new(C.Send, "refusal to issue EHCP"), new(C.Transport, "transport eligibility decision"), new(C.Admissions, "refused school place"),
        new(C.Disabled, "eligibility for Disabled Children's Team"), new(C.LeavingCare, "leaving care entitlement"),
        new(C.EarlyHelp, "Early Help closure"),
    ];
}
