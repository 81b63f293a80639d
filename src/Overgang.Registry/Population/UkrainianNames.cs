using System.Collections.Immutable;

namespace Overgang.Registry.Population;

/// <summary>Common Ukrainian names in Cyrillic (given names by sex; family names with their feminine form).</summary>
/// <remarks>A small illustrative list; the Latin form always comes from <see cref="UkrainianTransliteration"/>.</remarks>
internal static class UkrainianNames
{
    public static ImmutableArray<string> Women { get; } =
    [
        "Олена", "Оксана", "Наталія", "Тетяна", "Ірина", "Юлія", "Анастасія", "Марія", "Світлана", "Людмила", "Катерина",
        "Ольга", "Вікторія", "Ганна", "Дарина", "Софія", "Аліна", "Валентина", "Галина", "Надія", "Любов", "Яна", "Євгенія",
        "Христина", "Зоряна", "Соломія", "Уляна", "Мар'яна", "Інна", "Лариса",
    ];

    public static ImmutableArray<string> Men { get; } =
    [
        "Олександр", "Андрій", "Сергій", "Володимир", "Дмитро", "Максим", "Іван", "Микола", "Юрій", "Віктор", "Олег",
        "Богдан", "Тарас", "Василь", "Петро", "Ігор", "Євген", "Артем", "Денис", "Михайло", "Роман", "Григорій", "Назар",
        "Ярослав", "Олексій", "Костянтин", "Святослав", "Матвій", "Ілля", "Захар",
    ];

    /// <summary>Family names: masculine form and feminine form (equal for names that do not decline by sex).</summary>
    public static ImmutableArray<(string Masculine, string Feminine)> Families { get; } =
    [
        ("Коваленко", "Коваленко"), ("Шевченко", "Шевченко"), ("Бондаренко", "Бондаренко"), ("Ткаченко", "Ткаченко"),
        ("Кравченко", "Кравченко"), ("Мельник", "Мельник"), ("Бойко", "Бойко"), ("Коваль", "Коваль"), ("Олійник", "Олійник"),
        ("Шевчук", "Шевчук"), ("Поліщук", "Поліщук"), ("Лисенко", "Лисенко"), ("Мороз", "Мороз"), ("Марченко", "Марченко"),
        ("Савченко", "Савченко"), ("Руденко", "Руденко"), ("Петренко", "Петренко"), ("Клименко", "Клименко"),
        ("Павленко", "Павленко"), ("Кузьменко", "Кузьменко"), ("Левченко", "Левченко"), ("Гончаренко", "Гончаренко"),
        ("Харченко", "Харченко"), ("Романенко", "Романенко"), ("Яковенко", "Яковенко"), ("Федоренко", "Федоренко"),
        ("Ковальчук", "Ковальчук"), ("Кравчук", "Кравчук"), ("Литвиненко", "Литвиненко"), ("Сидоренко", "Сидоренко"),
        ("Гнатюк", "Гнатюк"), ("Юрченко", "Юрченко"), ("Яценко", "Яценко"), ("Євтушенко", "Євтушенко"),
        ("Їжакевич", "Їжакевич"), ("Згурський", "Згурська"), ("Ковальський", "Ковальська"), ("Вишневський", "Вишневська"),
        ("Соколовський", "Соколовська"), ("Яворський", "Яворська"), ("Левицький", "Левицька"), ("Савицький", "Савицька"),
        ("Білий", "Біла"), ("Гайовий", "Гайова"), ("Зайчук", "Зайчук"), ("Дьяченко", "Дьяченко"), ("Щербак", "Щербак"),
        ("Пономаренко", "Пономаренко"), ("Костюк", "Костюк"), ("Приходько", "Приходько"),
    ];

    /// <summary>Names of third-country nationals with only temporary Ukrainian residence (often former students), in Latin script.</summary>
    public static ImmutableArray<(string Nationality, string Sex, string Given, string Family)> Students { get; } =
    [
        ("NG", "M", "Chinedu", "Okafor"), ("NG", "F", "Amaka", "Eze"), ("NG", "M", "Tunde", "Adeyemi"), ("IN", "M", "Rahul", "Sharma"),
        ("IN", "F", "Priya", "Nair"), ("MA", "M", "Youssef", "El Amrani"), ("MA", "F", "Salma", "Benali"), ("EG", "M", "Omar", "Hassan"),
        ("TM", "M", "Merdan", "Atayev"), ("AZ", "M", "Elvin", "Mammadov"), ("GH", "F", "Ama", "Owusu"), ("CN", "F", "Li", "Wang"),
    ];

    /// <summary>Nationalities of third-country nationals with permanent Ukrainian residence or family ties.</summary>
    public static ImmutableArray<string> OtherNationalities { get; } = ["RU", "MD", "AZ", "AM", "GE", "BY", "UZ", "KZ", "TR", "VN"];

    /// <summary>Street names for private addresses.</summary>
    public static ImmutableArray<string> Streets { get; } =
    [
        "Kerkstraat", "Dorpsstraat", "Stationsweg", "Molenweg", "Schoolstraat", "Julianastraat", "Beatrixlaan",
        "Wilhelminastraat", "Nieuwstraat", "Hoofdstraat", "Parallelweg", "Emmastraat", "Oranjestraat", "Lindelaan", "Eikenlaan",
    ];
}
