namespace ComplaintsAnalytics.DemoData.Text;

/// <summary>Requests to move a complaint to stage 2 or stage 3.</summary>
internal static class EscalationText
{
    public static readonly string[] StageTwoFirstPerson =
    [
        "I am not happy with the stage 1 response dated {prevResponse} and want my complaint to go to stage 2.",
        "I want this escalated to stage 2. The response from {tm} didn't answer half of my points.",
        "Stage 2 please. The stage 1 letter just defends the team and doesn't deal with what actually happened.",
        "I received your response on {prevResponse}. Nothing has changed since, so I am asking for an independent investigation.",
        "Your response says lessons have been learned but it is still happening.",
    ];

    public static readonly string[] StageTwoThirdPerson =
    [
        "{Cdesc} remains dissatisfied following the stage 1 response of {prevResponse} and has requested a stage 2 investigation.",
        "Stage 2 request. {Ctitle} says the stage 1 response did not address the following:",
        "Escalation to stage 2 - {cdesc} feels the stage 1 response was a whitewash.",
        "{Cdesc} not satisfied with outcome at stage 1, wants independent investigation. IO and IP to be commissioned.",
    ];

    public static readonly string[] StageTwoCorporate =
    [
        "{Cdesc} requests stage 2 review as the stage 1 response (sent {prevResponse}) did not resolve matters.",
        "Escalated to stage 2 at {cdesc}'s request.",
        "I am asking for my complaint to be reviewed at stage 2 as I do not accept the stage 1 findings.",
    ];

    public static readonly string[] StageThree =
    [
        "{Cdesc} has requested a Review Panel following the stage 2 adjudication letter of {prevResponse}.",
        "Stage 3 request. {Ctitle} disagrees with the IO's findings on complaints 2, 4 and 5.",
        "Request for stage 3 review panel - {cdesc} says the stage 2 investigation did not look at the evidence {i} provided.",
    ];

    public static readonly string[] Withdrawn =
    [
        "Withdrawn by complainant - resolved informally",
        "Complainant withdrew - issues resolved by team manager",
        "Withdrawn - complainant no longer wishes to proceed",
        "Withdrawn by complainant",
    ];
}
