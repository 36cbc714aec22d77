namespace ComplaintsAnalytics.DemoData.Model;

/// <summary>How the representation reached the council (canonical receipt_method).</summary>
internal enum ReceiptMethod
{
    Email,
    WebForm,
    Phone,
    Letter,
    MpOrMember,
    FaceToFace,
}
