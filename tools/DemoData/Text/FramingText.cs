using C = ComplaintsAnalytics.DemoData.Model.TextContext;

namespace ComplaintsAnalytics.DemoData.Text;

/// <summary>Openings, background, what the complainant wants, and sign-offs around the issues.</summary>
internal static class FramingText
{
    public static readonly string[] FirstPersonOpeners =
    [
        "I am writing to make a formal complaint about {teamText}.",
        "I wish to complain about the way {my} {rel} {childFull} has been treated by {teamText}.",
        "Formal complaint.",
        "Complaint re {childFull}",
        "Dear Sir/Madam,",
        "To whom it may concern,",
        "Hi,",
        "I want to make a complaint.",
        "I'm sorry to have to do this but I have no choice but to complain.",
        "This is the third time I have had to raise this.",
        "I have tried to sort this out with {tm} but have got nowhere so I am now making a formal complaint.",
        "Please treat this email as a formal complaint.",
        "I would like to make a stage 1 complaint.",
        "I never thought I would have to write one of these.",
    ];

    public static readonly string[] ThirdPersonOpeners =
    [
        "{Cdesc} complains that",
        "{Cdesc} phoned to complain.",
        "{Cdesc} unhappy with {teamText}.",
        "Complaint from {cname} ({cdesc}) re {childFull}.",
        "{Ctitle} complains about the service from {teamText}.",
        "{Cdesc} rang the complaints line, very upset.",
        "Complaint received from {cname}, {cdesc} of {childFull}.",
        "{Cdesc} ({cname}) attended reception to make a complaint.",
        "{Cdesc} has raised the following concerns:",
    ];

    public static readonly string[] YoungPersonOpeners =
    [
        "I want to complain about my {role}.",
        "Hi I'm {child} and I want to make a complaint.",
        "im making a complaint because nobody listens to me",
        "My advocate is helping me write this.",
        "I want to complain about how I've been treated.",
    ];

    public static readonly string[] AdvocateOpeners =
    [
        "Advocate from the Northbrook Advocacy Service has submitted a complaint on behalf of YP {childFull} (DOB {dob}).",
        "Complaint made by YP with support of advocate.",
        "YP {child} ({age}) complains, supported by advocate, that",
    ];

    public static readonly string[] ProfessionalOpeners =
    [
        "{Cdesc} raises concerns on behalf of {childFull} and family.",
        "Complaint from {cname}, {cdesc}, regarding {childFull} (DOB {dob}).",
        "I am writing as {childFull}'s {cdesc} to raise a formal complaint.",
    ];

    public static readonly Fragment[] Background =
    [
        new(C.Any, "{My} {rel} {childFull} is {age} and has {condition}."),
        new(C.Send | C.Transport | C.Admissions, "{childFull} (DOB {dob}) attends {school}."),
        new(C.Send | C.Transport, "{child} is in year {schoolYear} at {school} and has an EHCP for {condition}."),
        new(C.Assessment | C.Disabled, "{child} is {age} and is on a {plan}."),
        new(C.SocialCare | C.EarlyHelp, "{We} have been involved with social care since {monthName} {yearPrev}."),
        new(C.InCare, "{child} has been in care since {yearPrev}."),
        new(C.Any, "We live at {address}."),
        new(C.Any, "{child}'s date of birth is {dob}."),
        new(C.Send, "{child} has been waiting for support since nursery."),
        new(C.EarlyHelp, "{I} asked for help because {child} was refusing to go to school and things were really hard at home."),
    ];

    public static readonly string[] Wants =
    [
        "{I} want{s} an apology and for {sw} to be taken off the case.",
        "{I} would like a new {role} for {child}.",
        "{I} want{s} the report corrected.",
        "Please can someone ring {me} on {phone}.",
        "{My} number is {phone}.",
        "{I} can be contacted on {email} or {phone}.",
        "{I} want{s} this sorted without any further delay.",
        "If this isn't sorted {i} will go to the Ombudsman.",
        "{I} {have} copied in {my} MP.",
        "{I} want{s} compensation for the education {child} has missed.",
        "{I} just want{s} someone to take responsibility.",
        "{I} expect{s} a written response within your timescales.",
        "{I} want{s} a meeting with the team manager.",
        "All {i} want{s} is for someone to actually listen.",
        "Please do not ring {my} landline, mobile only: {phone}.",
        "{I} want{s} to know what is going to be done about it.",
    ];

    public static readonly string[] YoungPersonWants =
    [
        "I want a new worker.",
        "I just want someone to listen to me.",
        "I want an apology.",
        "my number is {phone} text me dont ring",
        "I want it sorted before my birthday.",
    ];

    public static readonly string[] OfficerNotes =
    [
        "Tel: {phone}",
        "Contact: {email}",
        "Address: {address}.",
        "{Cdesc} prefers contact by email ({email}).",
        "Wants call back from TM.",
        "Advised of complaints process and timescales.",
        "Acknowledged {ackDate}.",
        "Passed to {tm} to respond.",
        "DOB {dob}.",
        "Same issues raised informally in {monthName} - see previous contact.",
    ];

    public static readonly string[] SignOffs =
    [
        "Regards\n{cname}",
        "Thanks\n{cfirst}",
        "Kind regards,\n{cname}\n{phone}",
        "Many thanks\n{cname}\n{address}",
        "Yours faithfully\n{Ctitle}",
        "{cfirst}\nSent from my iPhone",
    ];
}
