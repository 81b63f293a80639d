namespace Overgang.Linkage.Synthetic;

/// <summary>How often the benchmark's other member state writes a registration differently (each a share from 0 to 1).</summary>
/// <param name="PassportRussian">Names written in the passport/Russian style.</param>
/// <param name="German">Names written in a German rendering.</param>
/// <param name="Polish">Names written in a Polish rendering.</param>
/// <param name="RussianForm">Given names in their Russian form (Aleksandr for Oleksandr, Nikolai for Mykola), where the equivalents table gives one.</param>
/// <param name="CyrillicScript">Names sent in Cyrillic script.</param>
/// <param name="Typo">A typing error per name (one letter replaced, dropped, doubled or two letters swapped).</param>
/// <param name="OtherFamilyName">Another family name altogether (marriage, a double name).</param>
/// <param name="SwappedDate">Day and month swapped (where the swap is a date).</param>
/// <param name="DigitOff">One digit of the birth date wrong.</param>
/// <param name="YearOnly">Only the year of birth known.</param>
/// <param name="MissingDate">No birth date.</param>
/// <param name="MissingSex">No sex.</param>
/// <param name="MissingNationality">No nationality.</param>
public sealed record CorruptionRates(
    double PassportRussian,
    double German,
    double Polish,
    double RussianForm,
    double CyrillicScript,
    double Typo,
    double OtherFamilyName,
    double SwappedDate,
    double DigitOff,
    double YearOnly,
    double MissingDate,
    double MissingSex,
    double MissingNationality)
{
    /// <summary>The benchmark's rates (project assumption: a registry written from hearing and from older documents).</summary>
    public static CorruptionRates Default { get; } = new(
        PassportRussian: 0.25, German: 0.10, Polish: 0.10, RussianForm: 0.10, CyrillicScript: 0.05,
        Typo: 0.10, OtherFamilyName: 0.01, SwappedDate: 0.05, DigitOff: 0.05, YearOnly: 0.03, MissingDate: 0.02,
        MissingSex: 0.03, MissingNationality: 0.10);
}
