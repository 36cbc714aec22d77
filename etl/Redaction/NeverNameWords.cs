namespace ComplaintsAnalytics.Etl.Redaction;

/// <summary>
/// Capitalised words that are never part of a name: sentence openers and function words, days, months,
/// festivals, family and job words, the council's own vocabulary (services, teams, procedures) and the
/// acronyms complaint officers use. They stop a title, cue or first name from taking them as a surname.
/// </summary>
internal static class NeverNameWords
{
    public static readonly string[] All =
    [
        // Function words and sentence openers.
        "A", "An", "The", "And", "Or", "But", "If", "Of", "To", "In", "On", "At", "By", "For", "With", "From", "As",
        "Is", "Was", "Were", "Are", "Be", "Been", "Being", "Has", "Had", "Have", "Not", "No", "Yes", "He", "She",
        "They", "We", "I", "You", "It", "His", "Her", "Hers", "Him", "Their", "Them", "Our", "Us", "My", "Me",
        "Your", "This", "That", "These", "Those", "Who", "Whom", "Whose", "What", "When", "Where", "Why", "How",
        "Which", "There", "Then", "Than", "So", "Also", "After", "Before", "Did", "Does", "Do", "Done", "Can",
        "Could", "Would", "Should", "Shall", "Must", "Might", "All", "Any", "Some", "Every", "Each", "Both",
        "Either", "Neither", "Nor", "Please", "Thank", "Thanks", "Dear", "Regards", "Re", "Following", "During",
        "Since", "Until", "Because", "Although", "However", "Therefore", "Further", "Despite", "Whilst", "While",
        "Into", "Onto", "Upon", "Over", "Under", "About", "Again", "Only", "Just", "Still", "Yet", "Very", "Many",
        "Much", "More", "Most", "Other", "Another", "Such", "Own", "Same", "One", "Two", "Three", "First",
        "Second", "Third", "Last", "Next", "New", "Old", "Said", "Says", "Told", "Asked", "Stated", "Reported",
        "Advised", "Felt", "Feels", "Here", "Now", "Today", "Yesterday", "Tomorrow", "Tonight", "Morning",
        "Afternoon", "Evening", "Week", "Weekend", "Month", "Year", "Okay", "Sorry", "Hello", "Hi", "Apparently",
        "Unfortunately", "Subsequently", "Additionally", "Overall", "Outcome", "Summary", "Note", "Notes",
        // Days, months that are not also first names, festivals.
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Mon", "Tue", "Tues",
        "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun", "January", "February", "March", "July", "August",
        "September", "October", "November", "December", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept",
        "Oct", "Nov", "Dec", "Christmas", "Xmas", "Easter", "Eid", "Diwali", "Ramadan", "Hanukkah", "Passover",
        "Vaisakhi", "Halloween", "Bonfire", "Boxing", "Bank", "Holiday", "Holidays", "Term", "Half",
        // Family, people and job words.
        "Mum", "Mam", "Mom", "Mummy", "Dad", "Daddy", "Mother", "Father", "Parent", "Parents", "Nan", "Nana",
        "Nanny", "Gran", "Granny", "Grandma", "Grandmother", "Grandad", "Grandpa", "Grandfather", "Grandparent",
        "Grandparents", "Aunt", "Auntie", "Aunty", "Uncle", "Sister", "Brother", "Sibling", "Siblings", "Cousin",
        "Son", "Daughter", "Child", "Children", "Childrens", "Baby", "Carer", "Carers", "Worker", "Workers",
        "Manager", "Managers", "Officer", "Officers", "Director", "Head", "Headteacher", "Teacher", "Teachers",
        "Guardian", "Advocate", "Advocacy", "Practitioner", "Nurse", "Doctor", "Therapist", "Coordinator", "Lead",
        "Chair", "Councillor", "Cllr", "Member", "Members", "Judge", "Solicitor", "Barrister", "Lawyer", "Police",
        "Staff", "Team", "Teams", "Colleague", "Colleagues", "Young", "Person", "People", "Complainant",
        "Applicant", "Mr", "Mrs", "Ms", "Miss", "Dr", "Mx", "Sir", "Madam", "Lord", "Lady", "Queen", "King",
        "Prince", "Princess", "Saint", "St",
        // The council's own vocabulary.
        "Council", "Councils", "County", "Borough", "City", "Town", "District", "Metropolitan", "Local",
        "Authority", "Authorities", "Government", "Department", "Services", "Service", "Social", "Care", "Early",
        "Help", "Family", "Families", "Support", "Hub", "Front", "Door", "Safeguarding", "Protection", "Plan",
        "Plans", "Conference", "Review", "Reviewing", "Independent", "Assessment", "Assessments", "Panel", "Stage",
        "Complaint", "Complaints", "Compliment", "Compliments", "Ombudsman", "Education", "Educational", "Health",
        "Special", "Needs", "Need", "Disabilities", "Disability", "Disabled", "Inclusion", "Transport", "Travel",
        "Leaving", "Leavers", "Fostering", "Foster", "Adoption", "Adoptive", "Residential", "Home", "Homes",
        "Virtual", "Court", "Courts", "Youth", "Justice", "Offending", "Housing", "Benefits", "Finance", "Legal",
        "Admissions", "Attendance", "Exclusion", "Exclusions", "Access", "Contact", "Duty", "Intake", "Referral",
        "Referrals", "Office", "Resolution", "Response", "Investigation", "Investigating", "Report", "Letter",
        "Email", "Phone", "Meeting", "Meetings", "Visit", "Visits", "Order", "Orders", "Act", "Regulations",
        "Procedure", "Procedures", "Policy", "Policies", "Guidance", "Statutory", "Corporate", "Looked",
        "Partnership", "Board", "Multi", "Agency", "Practice", "Quality", "Assurance", "Improvement", "Customer",
        "Feedback", "Relations", "Information", "Governance", "Data", "Freedom", "Subject", "Request", "Rights",
        "Placement", "Placements", "Permanence", "Kinship", "Guardianship", "Connected", "Short", "Breaks",
        "Respite", "Visitor", "Midwife", "Paediatric", "Paediatrician", "GP", "Mental", "Wellbeing", "Emotional",
        "Behaviour", "Autism", "Autistic", "Speech", "Language", "Therapy", "Occupational", "Psychology",
        "Psychologist", "Psychiatrist", "Annual", "Transition", "Personal", "Adviser", "Advisor", "Pathway",
        "Hearing", "Proceedings", "Protocol", "Hospital", "School", "Schools", "Academy", "College", "Nursery",
        "University", "Primary", "Secondary", "Sixth", "Form", "Centre", "Center", "Unit", "Trust",
        "Key", "Group", "Groups", "Arrangements", "Sexual", "Criminal", "Exploitation", "Benefit", "Maintenance",
        "Death", "Overview", "Development", "Adolescent", "Allowance", "Allowances", "Decision", "Decisions", "Tax",
        "Credit", "Credits", "Fund", "Bond", "Bonds", "Asylum", "Refugee", "Refugees", "Traveller", "Travellers",
        "Gypsy", "Roma", "Romany", "Network", "Forum", "Community", "Communities", "Voluntary", "Sector",
        // Places, nationalities, faiths and organisations.
        "England", "English", "Britain", "British", "Wales", "Welsh", "Scotland", "Scottish", "Ireland", "Irish",
        "Europe", "European", "London", "Polish", "Romanian", "Pakistani", "Indian", "Bangladeshi", "Nigerian",
        "Somali", "Black", "White", "Asian", "Mixed", "Caribbean", "African", "Afghan", "Albanian", "Eritrean",
        "Ethiopian", "Ghanaian", "Iranian", "Iraqi", "Kurdish", "Lithuanian", "Latvian", "Sudanese", "Syrian",
        "Turkish", "Ukrainian", "Vietnamese", "Chinese", "Filipino", "Jamaican", "Zimbabwean", "Kenyan",
        "Congolese", "Portuguese", "Spanish", "Italian", "French", "German", "Bulgarian", "Hungarian", "Slovak",
        "Czech", "Russian", "Arab", "Arabic", "Kosovan", "Tamil", "Gujarati", "Punjabi", "Bengali", "Urdu",
        "Brazilian", "Nepali", "Nepalese", "Yemeni", "Lankan", "God", "Allah", "Jesus", "Christ",
        "Church", "Mosque", "Temple", "Gurdwara", "Synagogue", "Muslim", "Islam", "Islamic", "Hindu", "Sikh",
        "Jewish", "Catholic", "Anglican", "Bible", "Quran", "Koran", "NHS", "Ofsted", "Barnardo", "Barnardos",
        "Coram", "Cafcass", "Kooth", "Childline", "Samaritans", "Citizens", "Advice", "Google", "Facebook",
        "Instagram", "TikTok", "Snapchat", "WhatsApp", "Zoom", "YouTube", "Microsoft",
        // Acronyms.
        "EHCP", "EHCPs", "EHC", "CIN", "CP", "CPP", "LAC", "CLA", "CiC", "SEND", "SEN", "SENDCo", "SENCO",
        "CAMHS", "PA", "IRO", "SW", "ISW", "IO", "IP", "MASH", "LADO", "PEP", "EHA", "TAF", "CAF", "FGC",
        "PLO", "SGO", "SGOs", "CAO", "ICPC", "RCPC", "RHI", "UASC", "NEET", "EET", "YOT", "YJS", "YJT", "CSE",
        "CCE", "CSC", "DA", "DV", "MARAC", "MAPPA", "DfE", "LA", "LAs", "SLT", "SALT", "OT", "ASD", "ADHD", "SEMH",
        "SpLD", "EP", "EWO", "AP", "PRU", "FE", "GCSE", "GCSEs", "HR", "MP", "MPs", "ICB", "CCG", "DWP", "HMRC",
        "CAB", "IT", "ID", "DOB", "OK", "UK", "NB", "PS", "AM", "PM", "ASAP", "TBC", "FYI", "LGO", "LGSCO", "ADR",
        "CYP", "YP", "TM", "SWM", "HoS", "AD", "DCS", "IFA", "IFAs", "ISP", "DBS", "PSW", "FSW", "IHA", "RHA",
        "NFA", "BSL", "ESOL", "EAL", "KS", "SATs", "RAG", "QA", "CQC", "FOI", "SAR", "GDPR", "ICO", "SENDIASS",
        "IPSEA", "SENDIST", "NSPCC", "BAME", "LGBT", "LGBTQ",
    ];
}
