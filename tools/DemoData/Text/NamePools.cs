namespace ComplaintsAnalytics.DemoData.Text;

/// <summary>Pools of common first names and surnames used to invent people. Every combination is fictional.</summary>
internal static class NamePools
{
    public static readonly string[] Boys =
    [
        "Tyler", "Kai", "Oliver", "George", "Harry", "Noah", "Jack", "Leo", "Alfie", "Muhammad", "Oscar", "Charlie",
        "Jacob", "Freddie", "Theo", "Archie", "Joshua", "Ethan", "Mason", "Logan", "Riley", "Jayden", "Kian", "Callum",
        "Liam", "Connor", "Brandon", "Kyle", "Corey", "Jordan", "Ayaan", "Ibrahim", "Yusuf", "Omar", "Zain", "Kacper",
        "Oskar", "Filip", "Dominik", "Tobias", "Frankie", "Ronnie", "Stanley", "Reggie", "Jaxon", "Lewis", "Rhys", "Bailey",
        "Harley", "Ollie", "Finley", "Tommy", "Louie", "Albie", "Hamza", "Bilal", "Mikey", "Ashton", "Declan", "Reece",
    ];

    public static readonly string[] Girls =
    [
        "Olivia", "Amelia", "Isla", "Ava", "Freya", "Lily", "Mia", "Willow", "Rosie", "Sophia", "Grace", "Daisy",
        "Poppy", "Evie", "Ella", "Millie", "Maisie", "Ruby", "Lexi", "Skye", "Paige", "Leah", "Courtney", "Tia",
        "Amira", "Aisha", "Zara", "Maryam", "Hafsa", "Zuzanna", "Lena", "Alesha", "Demi-Leigh", "Nevaeh", "Summer", "Macy",
        "Chloe", "Jessica", "Lacey", "Kayla", "Esme", "Lottie", "Harper", "Phoebe", "Scarlett", "Ellie-Mae", "Niamh", "Imogen",
        "Caitlin", "Keira", "Bethany", "Sienna", "Aaliyah", "Hollie", "Mollie", "Jasmine", "Holly", "Eden", "Amber", "Faith",
    ];

    public static readonly string[] Women =
    [
        "Kelly", "Gemma", "Laura", "Sarah", "Emma", "Claire", "Nicola", "Stacey", "Jade", "Danielle", "Amy", "Hayley",
        "Kirsty", "Leanne", "Natalie", "Lisa", "Michelle", "Samantha", "Charlotte", "Katie", "Jodie", "Zoe", "Donna", "Tracey",
        "Joanne", "Shabana", "Nasreen", "Aneta", "Agnieszka", "Chantelle", "Kerry", "Louise", "Sharon", "Vicky", "Rachel", "Amanda",
        "Jenny", "Hannah", "Sadia", "Fatima", "Ioana", "Precious", "Chioma", "Kimberley", "Toni", "Lauren", "Shannon", "Becky",
    ];

    public static readonly string[] Men =
    [
        "Lee", "Darren", "Craig", "Wayne", "Dean", "Jamie", "Ricky", "Carl", "Gary", "Paul", "Mark", "Stuart",
        "Steven", "Scott", "Ryan", "Daniel", "Adam", "Matthew", "Chris", "Ben", "Tom", "Imran", "Asif", "Tariq",
        "Mohammed", "Piotr", "Tomasz", "Kwame", "Delroy", "Marcus", "Anthony", "Shaun", "Gavin", "Martin", "Neil", "Liam",
    ];

    public static readonly string[] OlderWomen =
    [
        "Pauline", "Jean", "Linda", "Susan", "Carol", "Margaret", "Janet", "Barbara", "Christine", "Brenda", "Julie", "Elaine",
        "Sandra", "Denise", "Gillian", "Yvonne", "Shazia", "Parveen",
    ];

    public static readonly string[] OlderMen =
    [
        "Alan", "Keith", "Brian", "Derek", "Graham", "Raymond", "Terry", "Malcolm", "Stephen", "Kevin", "Trevor", "Abdul",
    ];

    public static readonly string[] Surnames =
    [
        "Marsh", "Pearson", "Holroyd", "Barraclough", "Sutcliffe", "Ackroyd", "Booth", "Haigh", "Brearley", "Greenwood",
        "Hirst", "Crowther", "Pickles", "Ramsden", "Firth", "Wainwright", "Shaw", "Lockwood", "Dyson", "Hussain",
        "Khan", "Ahmed", "Begum", "Akhtar", "Iqbal", "Mahmood", "Ali", "Patel", "Kaur", "Singh",
        "Adeyemi", "Mensah", "Campbell", "Clarke", "Wright", "Walker", "Robinson", "Thompson", "Hughes", "Turner",
        "Jackson", "Kowalski", "Nowak", "Wiśniewska", "Popescu", "O'Neill", "McCarthy", "Doherty", "Fletcher", "Brook",
        "Holt", "Hartley", "Bottomley", "Jagger", "Moorhouse", "Priestley", "Sykes", "Thwaite", "Armitage", "Bentley",
        "Cartwright", "Gill", "Naylor", "Oldroyd", "Rhodes", "Senior", "Stead", "Tordoff", "Wood", "Bailey",
        "Riley", "Chadwick", "Lumb", "Horsfall", "Mitchell", "Taylor", "Brown", "Smith", "Jones", "Evans",
    ];

    public static readonly string[] Streets =
    [
        "Larkspur Close", "Moor Lane", "Victoria Street", "Albert Road", "Beech Grove", "Hollins Bank Road", "Tanner's Way",
        "Mill Street", "Chapel Fold", "Station Road", "Heather View", "Bramley Court", "Fern Avenue", "Rowley Lane",
        "Cross Hill", "Nab Lane", "Cliffe Terrace", "Oak Road", "Priory Walk", "Calder Street", "Thornhill Drive", "Well Green",
    ];

    public static readonly string[] Towns = ["Northbrook", "Northbrook", "Northbrook", "Rowley", "Calder Bridge", "Eastfield", "Hollins Bank"];

    public static readonly string[] Schools =
    [
        "Northbrook Academy", "Rowley Park Primary", "St Aidan's CE Primary", "Hollins Bank School", "Moorside High",
        "Calder Vale Academy", "Beech Hill Primary", "Greenside J&I", "Oakwood Special School", "Northbrook College",
        "Eastfield Community Primary", "Thornhill Academy", "St Cuthbert's RC High", "Brookside PRU",
    ];

    public static readonly string[] MembersOfParliament =
    [
        "Helen Cartwright MP", "Tom Ashworth MP", "Priya Desai MP",
    ];

    public static readonly string[] Councillors =
    [
        "Cllr Amir Hussain", "Cllr Joan Pickering", "Cllr Dave Whiteley", "Cllr Sophie Lambert", "Cllr Nadeem Akram",
        "Cllr Pat Grayson", "Cllr Gareth Lumb", "Cllr Rosie Fenton",
    ];
}
