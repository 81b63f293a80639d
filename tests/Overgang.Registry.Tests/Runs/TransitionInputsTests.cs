using CsCheck;
using NodaTime;
using Overgang.Registry.Model;
using Overgang.Registry.Runs;

namespace Overgang.Registry.Tests.Runs;

/// <summary>The transition facts of a person's protection registrations: the main one and the others, in order.</summary>
public sealed class TransitionInputsTests
{
    private static readonly Person _person = new()
    {
        Id = "P0000001",
        FamilyName = "",
        GivenName = "",
        Sex = "F",
        Nationality = "UKR",
        UkrainianResidence = "citizen",
        MunicipalityCode = "GM0363",
        HouseholdId = "H0000001",
        AsylumApplication = "none",
        PublicOrderCheck = "passed",
        BirthDate = new LocalDate(1980, 5, 1),
    };

    private static readonly string[] _states = ["NL", "DE", "PL", "CZ"];

    /// <summary>Zero to five registrations over few states and days, so equal dates, equal states and whole duplicates occur (NL among them or not).</summary>
    private static readonly Gen<ProtectionRegistration[]> _registrations =
        Gen.Select(Gen.Int[0, 3].Select(i => _states[i]), Gen.Int[0, 3], Gen.Int[-1, 2])
            .Select((state, day, until) => new ProtectionRegistration
            {
                PersonId = "P0000001",
                MemberState = state,
                Since = new LocalDate(2022, 3, 1).PlusDays(day),
                Until = until < 0 ? null : new LocalDate(2024, 1, 1).PlusDays(until),
            })
            .Array[0, 5];

    [Fact]
    public void Facts_AnyRegistrations_AreOrderedByDateThenStateAsGivenOtherwise() =>
        _registrations.Sample(registrations =>
        {
            // The order and choice of the main registration as they were written with LINQ (OrderBy is stable).
            var expected = registrations.OrderBy(r => r.Since).ThenBy(r => r.MemberState, StringComparer.Ordinal).ToList();
            var main = expected.FirstOrDefault(r => r.MemberState == "NL") ?? expected.FirstOrDefault();
            var others = expected.Where(r => r != main).Select(r => (r.MemberState, r.Since, r.Until)).ToList();

            var facts = TransitionInputs.Facts(_person, registrations, null, null);

            if (main is null)
            {
                Assert.Null(facts);
                return;
            }

            Assert.NotNull(facts);
            Assert.Equal((main.MemberState, main.Since, main.Until), (facts.Protection.MemberState, facts.Protection.Since, facts.Protection.Until));

            // The same registration (not only an equal one) left out: the others in order, each once.
            Assert.Equal(others, facts.OtherProtection.Select(r => (r.MemberState, r.Since, r.Until)).ToList());
        }, iter: 5_000);
}
