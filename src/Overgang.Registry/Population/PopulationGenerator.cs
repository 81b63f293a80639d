using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using Overgang.Registry.Model;

namespace Overgang.Registry.Population;

/// <summary>
/// Generates a realistic synthetic population of displaced persons from Ukraine, calibrated to <see cref="Calibration"/>.
/// </summary>
/// <remarks>
/// Deterministic: one <see cref="Random"/> seeded with the seed drives every choice in a fixed order, so the same seed
/// and size always give the same rows (and the same CSV bytes). Households are drawn one by one (arrival month, kind,
/// nationality, municipality, reception), then municipal households fill reception locations per municipality, and the
/// locations get just enough spare places for the published occupancy. See <c>docs/population.md</c>.
/// <para>
/// The rows are handed over in slices as they are made (<see cref="Generate(int, int, int, Action{Population}, IProgress{ValueTuple{int, int}})"/>):
/// the municipalities, then the households' rows in batches, then the reception locations and the placements, which
/// depend on every household. Until then a placement is kept as 11 bytes per person (reception, start date, address or
/// location as numbers), so memory does not grow with the rows themselves; the rows and their order are the same as
/// when the whole population is made at once.
/// </para>
/// </remarks>
public sealed class PopulationGenerator
{
    /// <summary>The default seed.</summary>
    public const int DefaultSeed = 2027;

    /// <summary>The largest population the generator accepts (the EU-wide population is about 4.3 million).</summary>
    public const int MaxPersons = 10_000_000;

    private const string Municipal = "municipal";
    private const string MunicipalCatering = "municipal-catering";
    private const string Coa = "coa";
    private const string Private = "private";
    private const string OwnHomeKind = "own-home";
    private const int AgeOfMajority = 18;
    private const int LastWorkingAge = 66;
    private const int ElderlyAge = 65;
    private const double SignedWithdrawnShare = 0.9;
    private const double AbsenceReportedShare = 0.6;
    private const double SignedLateDepartureShare = 0.05;

    private readonly Random _random;
    private readonly int _target;
    private readonly LocalDate _date = Calibration.PopulationDate;
    private readonly ImmutableArray<(string Code, string Name, double Weight)> _municipalities = MunicipalityCatalogue.All;
    private readonly double[] _municipalityCumulative;
    private readonly (LocalDate Month, double Cumulative)[] _arrivalMonths;
    private readonly ImmutableArray<LocalDate> _incomeMonths;
    private readonly List<Person> _persons = [];
    private readonly List<PersonParent> _parents = [];
    private readonly List<ProtectionRegistration> _protections = [];
    private readonly List<Absence> _absences = [];
    private readonly List<PersonIncome> _incomes = [];
    private readonly List<MonthlyIncome> _months = [];
    private readonly List<ReturnCommitment> _returns = [];
    private readonly List<OtherPermit> _permits = [];
    private readonly List<(int Municipality, int First, int Count, bool Coa)> _reception = [];
    private readonly List<(string Id, int Municipality)> _coaLocations = [];

    // Each person's placement until the locations are known: reception kind, start, and where (a location index; a COA
    // location index; or street index * 256 + house number with the municipality for an address).
    private readonly byte[] _placementKind;
    private readonly LocalDate[] _placementFrom;
    private readonly int[] _placementWhere;
    private readonly ushort[] _placementTown;
    private int _count;
    private int _households;
    private int _sliceHouseholds;
    private int _temporary;
    private int _otherNationality;

    private PopulationGenerator(int persons, int seed)
    {
        _random = new Random(seed);
        _target = persons;
        _placementKind = new byte[persons];
        _placementFrom = new LocalDate[persons];
        _placementWhere = new int[persons];
        _placementTown = new ushort[persons];
        _municipalityCumulative = Cumulative(_municipalities.Select(m => m.Weight));
        var months = new List<LocalDate>();
        for (var month = new LocalDate(2022, 3, 1); month < new LocalDate(2025, 11, 1); month = month.PlusMonths(1))
        {
            months.Add(month);
        }

        var cumulative = Cumulative(months.Select(m => HouseholdMix.ArrivalWeight(m.Year, m.Month)));
        _arrivalMonths = [.. months.Select((m, i) => (m, cumulative[i]))];
        var incomeMonths = ImmutableArray.CreateBuilder<LocalDate>();
        for (var month = Calibration.IncomeMonths.First; month <= Calibration.IncomeMonths.Last; month = month.PlusMonths(1))
        {
            incomeMonths.Add(month);
        }

        _incomeMonths = incomeMonths.ToImmutable();
    }

    /// <summary>Generates exactly <paramref name="persons"/> persons with the given seed.</summary>
    public static Population Generate(int persons, int seed) => Generate(persons, seed, null);

    /// <summary>Generates a population, reporting the persons generated so far (about every 2,000 and at the end).</summary>
    public static Population Generate(int persons, int seed, IProgress<(int Done, int Total)>? progress)
    {
        var slices = new List<Population>();
        Generate(persons, seed, int.MaxValue, slices.Add, progress);
        return Concat(slices);
    }

    /// <summary>
    /// Generates a population and hands it over in slices, each a <see cref="Population"/> with some of the rows: first the
    /// municipalities; then the rows of whole households (persons, parents, protections, absences, incomes, return
    /// commitments, permits) about every <paramref name="slicePersons"/> persons; then the reception locations; then the
    /// placements, <paramref name="slicePersons"/> at a time. In slice order the rows of each table are those of
    /// <see cref="Generate(int, int)"/>, in the same order; <see cref="Population.Households"/> counts the households of a slice.
    /// </summary>
    public static void Generate(int persons, int seed, int slicePersons, Action<Population> slice, IProgress<(int Done, int Total)>? progress)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(persons, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(persons, MaxPersons);
        ArgumentOutOfRangeException.ThrowIfLessThan(slicePersons, 1);
        ArgumentNullException.ThrowIfNull(slice);
        new PopulationGenerator(persons, seed).Run(seed, slicePersons, slice, progress);
    }

    /// <summary>The slices of a population as one population.</summary>
    private static Population Concat(List<Population> slices) => new(
        slices[0].Seed,
        slices[0].Date,
        slices.Sum(s => s.Households),
        [.. slices.SelectMany(s => s.Municipalities)],
        [.. slices.SelectMany(s => s.Locations)],
        [.. slices.SelectMany(s => s.Persons)],
        [.. slices.SelectMany(s => s.Parents)],
        [.. slices.SelectMany(s => s.Protections)],
        [.. slices.SelectMany(s => s.Placements)],
        [.. slices.SelectMany(s => s.Absences)],
        [.. slices.SelectMany(s => s.Incomes)],
        [.. slices.SelectMany(s => s.ReturnCommitments)],
        [.. slices.SelectMany(s => s.OtherPermits)]);

    private Population Slice(int seed, int households) => new(seed, _date, households, [], [], [], [], [], [], [], [], [], []);

    private void Run(int seed, int slicePersons, Action<Population> slice, IProgress<(int Done, int Total)>? progress)
    {
        slice(Slice(seed, 0) with { Municipalities = [.. _municipalities.Select(m => new Municipality { Code = m.Code, Name = m.Name })] });
        var coaExpected = _target * Calibration.CoaReception.Value / 100;
        var coaLocations = Math.Max(1, (int)Math.Round(coaExpected / 500));
        for (var i = 0; i < coaLocations; i++)
        {
            _coaLocations.Add(("COA-" + (i + 1).ToString("D2", CultureInfo.InvariantCulture), Pick(_municipalityCumulative)));
        }

        progress?.Report((0, _target));
        var reported = 0;
        while (_count < _target)
        {
            AddHousehold();
            if (_count - reported >= 2_000)
            {
                reported = _count;
                progress?.Report((reported, _target));
            }

            if (_persons.Count >= slicePersons || _count == _target)
            {
                slice(TakeHouseholds(seed));
            }
        }

        var locations = PlaceInLocations();
        slice(Slice(seed, 0) with { Locations = locations });
        var reception = new[] { Municipal, MunicipalCatering, Coa, Private, OwnHomeKind };
        for (var first = 0; first < _count; first += slicePersons)
        {
            var count = Math.Min(slicePersons, _count - first);
            var placements = ImmutableArray.CreateBuilder<Placement>(count);
            for (var i = first; i < first + count; i++)
            {
                var kind = _placementKind[i];
                var where = _placementWhere[i];
                var (locationId, address) = kind switch
                {
                    KindPrivate or KindOwnHome => ((string?)null, (string?)$"{UkrainianNames.Streets[where >> 8]} {where & 0xFF}, {_municipalities[_placementTown[i]].Name}"),
                    KindCoa => (_coaLocations[where].Id, null),
                    _ => (locations[where].Id, null),
                };
                placements.Add(new Placement { PersonId = PersonId(i), Reception = reception[kind], LocationId = locationId, Address = address, From = _placementFrom[i] });
            }

            slice(Slice(seed, 0) with { Placements = placements.MoveToImmutable() });
        }

        progress?.Report((_count, _target));
    }

    private const byte KindMunicipal = 0;
    private const byte KindCatering = 1;
    private const byte KindCoa = 2;
    private const byte KindPrivate = 3;
    private const byte KindOwnHome = 4;

    /// <summary>The rows of the households made since the last slice.</summary>
    private Population TakeHouseholds(int seed)
    {
        var slice = Slice(seed, _sliceHouseholds) with
        {
            Persons = [.. _persons],
            Parents = [.. _parents],
            Protections = [.. _protections],
            Absences = [.. _absences],
            Incomes = [.. _incomes],
            ReturnCommitments = [.. _returns],
            OtherPermits = [.. _permits],
        };
        _sliceHouseholds = 0;
        _persons.Clear();
        _parents.Clear();
        _protections.Clear();
        _absences.Clear();
        _incomes.Clear();
        _returns.Clear();
        _permits.Clear();
        return slice;
    }

    private void AddHousehold()
    {
        var arrival = DrawArrival();
        var kind = DrawKind(arrival.Year);
        var members = Compose(kind);
        var remaining = _target - _count;
        if (members.Count > remaining)
        {
            kind = _random.NextDouble() < 0.5 ? HouseholdKind.SingleWoman : HouseholdKind.SingleMan;
            members = Compose(kind);
        }

        var householdId = "H" + (_households + 1).ToString("D7", CultureInfo.InvariantCulture);
        _households++;
        _sliceHouseholds++;
        var first = _count;

        // Nationality: quotas keep the shares of third-country nationals on target at every size.
        var temporaryTarget = Calibration.TemporaryResidence.Value / 100;
        var otherTarget = (Calibration.ThirdCountryNationals.Value / 100) - temporaryTarget;
        (string Nationality, string Sex, string Given, string Family)? student = null;
        var nationality = "UA";
        var residence = "citizen";
        if (kind is HouseholdKind.SingleWoman or HouseholdKind.SingleMan && _temporary + 1 <= temporaryTarget * (first + 1))
        {
            var sex = members[0].Sex;
            var candidates = UkrainianNames.Students.Where(s => s.Sex == sex).ToArray();
            student = candidates[_random.Next(candidates.Length)];
            nationality = student.Value.Nationality;
            residence = "temporary";
            _temporary++;
        }
        else if (_otherNationality + members.Count <= otherTarget * (first + members.Count))
        {
            nationality = UkrainianNames.OtherNationalities[_random.Next(UkrainianNames.OtherNationalities.Length)];
            residence = "permanent";
            _otherNationality += members.Count;
        }

        // Where: reception kind, then municipality (COA households live where their COA location is).
        var draw = _random.NextDouble() * 100;
        var reception = draw < Calibration.MunicipalReception.Value ? Municipal
            : draw < Calibration.MunicipalReception.Value + Calibration.PrivateReception.Value ? Private
            : draw < Calibration.MunicipalReception.Value + Calibration.PrivateReception.Value + Calibration.CoaReception.Value ? Coa
            : OwnHomeKind;
        int? coaLocation = null;
        int municipality;
        if (reception == Coa)
        {
            coaLocation = _random.Next(_coaLocations.Count);
            municipality = _coaLocations[coaLocation.Value].Municipality;
        }
        else
        {
            municipality = Pick(_municipalityCumulative);
        }

        var code = _municipalities[municipality].Code;
        // An address (private and own-home reception) as street index and house number, made into text with the placement.
        var address = 0;
        if (reception is Private or OwnHomeKind)
        {
            var street = _random.Next(UkrainianNames.Streets.Length);
            address = (street << 8) | _random.Next(1, 250);
        }

        var family = _random.Next(UkrainianNames.Families.Length);

        // Household-level facts: return programme and asylum application.
        var potential = _random.NextDouble() * 100 < Calibration.ReturnPotential.Value;
        var signed = potential && _random.NextDouble() < Calibration.ReturnSigned.Value / Calibration.ReturnPotential.Value;
        var withdrawnShare = (Calibration.AsylumWithdrawn.Value - (Calibration.ReturnSigned.Value * SignedWithdrawnShare)) / (100 - Calibration.ReturnSigned.Value);
        var withdrawn = signed ? _random.NextDouble() < SignedWithdrawnShare : _random.NextDouble() < withdrawnShare;
        var departure = signed
            ? (_random.NextDouble() < SignedLateDepartureShare ? Between(Calibration.ReturnDepartureDeadline.PlusDays(1), Calibration.ReturnDepartures.Last) : Between(Calibration.ReturnDepartures.First, Calibration.ReturnDepartureDeadline))
            : Between(new LocalDate(2027, 3, 5), new LocalDate(2028, 12, 31));
        var inReception = reception is Municipal or Coa;
        var absent = inReception && _random.NextDouble() * 100 < Calibration.Absent.Value;
        var longAbsence = absent && _random.NextDouble() < Calibration.AbsentOver28Days.Value / Calibration.Absent.Value;
        var absenceDays = longAbsence ? _random.Next(29, 76) : _random.Next(2, 29);
        // Absences fall in and just before the income months, so the monthly allowance runs meet the 28-day rule.
        var absenceFrom = Between(Calibration.IncomeMonths.First.PlusMonths(-2), Calibration.IncomeMonths.Last.PlusMonths(1).PlusDays(-absenceDays));
        var absenceReported = _random.NextDouble() < AbsenceReportedShare;
        var ownHomeFrom = arrival.PlusDays(_random.Next(30, 600));

        for (var m = 0; m < members.Count; m++)
        {
            var member = members[m];
            var index = first + m;
            var id = PersonId(index);
            var age = Period.Between(member.BirthDate, _date, PeriodUnits.Years).Years;
            var adult = age >= AgeOfMajority;
            var since = member.BirthDate > arrival ? member.BirthDate : arrival;
            string givenLatin, familyLatin;
            string? givenCyrillic = null, familyCyrillic = null;
            if (student is { } s)
            {
                givenLatin = s.Given;
                familyLatin = s.Family;
            }
            else
            {
                var (given, families) = member.Sex == "F" ? (Names.Women, Names.FamiliesFeminine) : (Names.Men, Names.FamiliesMasculine);
                (givenCyrillic, givenLatin) = given[_random.Next(given.Length)];
                (familyCyrillic, familyLatin) = families[family];
            }

            var publicOrder = "passed";
            if (adult)
            {
                var check = _random.NextDouble() * 100;
                publicOrder = check < Calibration.PublicOrderFailed.Value ? "failed"
                    : check < Calibration.PublicOrderFailed.Value + Calibration.PublicOrderPending.Value ? "pending"
                    : "passed";
            }

            _persons.Add(new Person
            {
                Id = id,
                FamilyName = familyLatin,
                GivenName = givenLatin,
                FamilyNameCyrillic = familyCyrillic,
                GivenNameCyrillic = givenCyrillic,
                BirthDate = member.BirthDate,
                Sex = member.Sex,
                Nationality = nationality,
                UkrainianResidence = residence,
                MunicipalityCode = code,
                HouseholdId = householdId,
                PartnerId = member.Partner is { } partner ? PersonId(first + partner) : null,
                MedicalTreatment = _random.NextDouble() * 100 < Calibration.MedicalTreatment.Value,
                AsylumApplication = withdrawn ? "withdrawn" : "pending",
                PublicOrderCheck = publicOrder,
                Bsn = Bsn(index),
                VNumber = VNumber(index),
            });
            foreach (var parent in member.Parents)
            {
                _parents.Add(new PersonParent { PersonId = id, ParentId = PersonId(first + parent) });
            }

            if (_random.NextDouble() * 100 < Calibration.SecondMemberState.Value)
            {
                var otherSince = since.PlusDays(-_random.Next(10, 300));
                _protections.Add(new ProtectionRegistration { PersonId = id, MemberState = PickWeighted(HouseholdMix.SecondStates), Since = otherSince < Calibration.ProtectionStart ? Calibration.ProtectionStart : otherSince });
            }

            _protections.Add(new ProtectionRegistration { PersonId = id, MemberState = "NL", Since = since });
            var from = reception == OwnHomeKind ? (ownHomeFrom > since ? ownHomeFrom : since) : since;
            if (from >= _date)
            {
                from = since;
            }

            _placementKind[index] = reception switch { Municipal => KindMunicipal, Coa => KindCoa, Private => KindPrivate, _ => KindOwnHome };
            _placementFrom[index] = from;
            _placementWhere[index] = coaLocation ?? address;
            _placementTown[index] = (ushort)municipality;

            if (absent)
            {
                _absences.Add(new Absence { PersonId = id, From = absenceFrom, To = absenceFrom.PlusDays(absenceDays - 1), Reported = absenceReported });
            }

            if (potential)
            {
                _returns.Add(new ReturnCommitment { PersonId = id, CommitmentSigned = signed, DepartureDate = departure });
            }

            var workingAge = adult && age <= LastWorkingAge;
            if (workingAge && _random.NextDouble() * 100 < Calibration.OtherPermit.Value)
            {
                _permits.Add(new OtherPermit { PersonId = id, Kind = PickWeighted(HouseholdMix.PermitKinds), ValidUntil = Between(new LocalDate(2026, 6, 1), new LocalDate(2030, 12, 31)) });
            }

            if (workingAge && _random.NextDouble() * 100 < Calibration.Working.Value)
            {
                AddIncomes(id, index, member.Sex, since);
            }
        }

        _count += members.Count;
        if (reception is Municipal)
        {
            _reception.Add((municipality, first, members.Count, false));
        }
    }

    /// <summary>
    /// Income rows for every calibrated income month (drawn), then for every later month through
    /// <see cref="Calibration.IncomesCarriedThrough"/> the last drawn amount with a small deterministic drift (−2% to +2%,
    /// from the person's position and the month, no draw), so that the runs after protection ends see the same earners.
    /// </summary>
    private void AddIncomes(string id, int index, string sex, LocalDate since)
    {
        var fullTime = _random.NextDouble() < (sex == "M" ? HouseholdMix.FullTimeShare.Men : HouseholdMix.FullTimeShare.Women);
        var hours = fullTime ? _random.Next(36, 41) : _random.Next(12, 33);
        var months = Period.Between(since, _date, PeriodUnits.Months).Months;
        var (after6, after24) = HouseholdMix.HourlyWageAtLeast15;
        var high = Math.Clamp(after6 + ((months - 6) * (after24 - after6) / 18), after6, after24);
        var wage = _random.NextDouble() < high ? _random.Next(1_500, 2_501) : _random.Next(HouseholdMix.MinimumHourlyWageCents, 1_500);
        var temp = _random.NextDouble() < HouseholdMix.TempAgencyShare;
        _months.Clear();
        foreach (var month in _incomeMonths)
        {
            var worked = temp ? Math.Max(8, hours + _random.Next(-6, 7)) : hours;
            _months.Add(new MonthlyIncome(month, (long)worked * wage * 52 / 12));
        }

        var last = _months[^1].AmountCents;
        var step = 0;
        for (var month = _incomeMonths[^1].PlusMonths(1); month <= Calibration.IncomesCarriedThrough; month = month.PlusMonths(1))
        {
            step++;
            var drift = ((index * 7) + (step * 3)) % 5 - 2;
            _months.Add(new MonthlyIncome(month, last * (100 + drift) / 100));
        }

        // In month order and each a first day, as IncomeMonths.Of would sort and check them.
        _incomes.Add(new PersonIncome { PersonId = id, Months = IncomeMonths.InOrder([.. _months]) });
    }

    /// <summary>
    /// Fills reception locations per municipality with the municipal households, adds the COA locations, and gives them
    /// capacity and an opening date; each municipal person's placement gets its location index (and the catering kind).
    /// </summary>
    private ImmutableArray<ReceptionLocation> PlaceInLocations()
    {
        var locations = new List<ReceptionLocation>();
        var occupants = new List<int>();
        var opened = new List<LocalDate>();
        foreach (var group in _reception.GroupBy(r => r.Municipality).OrderBy(g => g.Key))
        {
            var (code, name, _) = _municipalities[group.Key];
            var current = -1;
            var size = 0;
            var number = 0;
            foreach (var (_, first, count, _) in group)
            {
                if (current < 0 || occupants[current] + count > size)
                {
                    size = DrawLocationSize();
                    current = locations.Count;
                    number++;
                    var catering = _random.NextDouble() * 100 < Calibration.CateringLocations.Value;
                    locations.Add(new ReceptionLocation
                    {
                        Id = $"{code}-{number:D3}",
                        MunicipalityCode = code,
                        Name = $"{name} opvang {number}{(catering ? " (met maaltijden)" : "")}",
                        Kind = catering ? MunicipalCatering : Municipal,
                    });
                    occupants.Add(0);
                    opened.Add(_date);
                }

                occupants[current] += count;
                for (var i = first; i < first + count; i++)
                {
                    _placementWhere[i] = current;
                    if (locations[current].Kind == MunicipalCatering)
                    {
                        _placementKind[i] = KindCatering;
                    }

                    if (_placementFrom[i] < opened[current])
                    {
                        opened[current] = _placementFrom[i];
                    }
                }
            }
        }

        // COA locations: the persons living in each and the earliest placement, in one pass over the persons.
        var coaLiving = new int[_coaLocations.Count];
        var coaEarliest = Enumerable.Repeat(_date, _coaLocations.Count).ToArray();
        for (var i = 0; i < _count; i++)
        {
            if (_placementKind[i] == KindCoa)
            {
                var coa = _placementWhere[i];
                coaLiving[coa]++;
                coaEarliest[coa] = _placementFrom[i] < coaEarliest[coa] ? _placementFrom[i] : coaEarliest[coa];
            }
        }

        for (var c = 0; c < _coaLocations.Count; c++)
        {
            var (id, municipality) = _coaLocations[c];
            var name = _municipalities[municipality].Name;
            locations.Add(new ReceptionLocation { Id = id, MunicipalityCode = _municipalities[municipality].Code, Name = $"COA {name}", Kind = Coa });
            occupants.Add(coaLiving[c]);
            opened.Add(coaEarliest[c]);
        }

        // Spare places: just enough for the published occupancy, spread at random over the locations.
        var occupied = occupants.Sum();
        var capacity = occupants.ToArray();
        var spare = (int)Math.Round(occupied * ((100 / Calibration.Occupancy.Value) - 1));
        for (var i = 0; i < spare && capacity.Length > 0; i++)
        {
            capacity[_random.Next(capacity.Length)]++;
        }

        for (var i = 0; i < locations.Count; i++)
        {
            var open = opened[i].PlusDays(-_random.Next(0, 31));
            locations[i].Capacity = Math.Max(capacity[i], 1);
            locations[i].Opened = open < Calibration.ProtectionStart ? Calibration.ProtectionStart : open;
        }

        return [.. locations];
    }

    private int DrawLocationSize()
    {
        var (small, medium) = HouseholdMix.LocationSizes;
        var draw = _random.NextDouble();
        return draw < small ? _random.Next(10, 41) : draw < small + medium ? _random.Next(40, 151) : _random.Next(150, 501);
    }

    private List<(string Sex, LocalDate BirthDate, int? Partner, int[] Parents)> Compose(HouseholdKind kind)
    {
        var members = new List<(string Sex, LocalDate BirthDate, int? Partner, int[] Parents)>();
        switch (kind)
        {
            case HouseholdKind.SingleWoman:
                members.Add(("F", Born(18 + ((_random.Next(47) + _random.Next(47)) / 2)), null, []));
                break;
            case HouseholdKind.SingleMan:
                members.Add(("M", Born(18 + Math.Min(_random.Next(47), _random.Next(47))), null, []));
                break;
            case HouseholdKind.ElderlyAlone:
                members.Add((_random.NextDouble() < HouseholdMix.ElderlyWomenShare ? "F" : "M", Born(ElderlyAge + Math.Min(_random.Next(26), _random.Next(26))), null, []));
                break;
            case HouseholdKind.UnaccompaniedMinor:
                members.Add((_random.NextDouble() < HouseholdMix.UnaccompaniedBoysShare ? "M" : "F", Born(_random.Next(14, 18)), null, []));
                break;
            case HouseholdKind.Couple:
                var older = _random.NextDouble() < HouseholdMix.OlderCoupleShare;
                var woman = older ? _random.Next(55, 79) : _random.Next(20, 55);
                AddPartners(members, woman, woman + _random.Next(-2, 7));
                break;
            case HouseholdKind.SingleMother:
            case HouseholdKind.SingleFather:
            case HouseholdKind.ThreeGenerations:
                {
                    var children = ChildAges();
                    var parentAge = Math.Min(children.Max() + _random.Next(20, 38), 64);
                    members.Add((kind == HouseholdKind.SingleFather ? "M" : "F", Born(parentAge), null, []));
                    AddChildren(members, children, [0]);
                    if (kind == HouseholdKind.ThreeGenerations)
                    {
                        members.Add(("F", Born(Math.Min(parentAge + _random.Next(20, 31), 95)), null, []));
                    }

                    break;
                }

            case HouseholdKind.CoupleWithChildren:
                {
                    var children = ChildAges();
                    var mother = Math.Min(children.Max() + _random.Next(20, 38), 64);
                    AddPartners(members, mother, Math.Max(mother + _random.Next(-2, 7), children.Max() + AgeOfMajority));
                    AddChildren(members, children, [0, 1]);
                    break;
                }

            case HouseholdKind.ParentsWithAdultChild:
                {
                    var adultChild = _random.Next(18, 26);
                    var mother = adultChild + _random.Next(20, 36);
                    AddPartners(members, mother, mother + _random.Next(-2, 7));
                    members.Add((_random.NextDouble() < 0.5 ? "F" : "M", Born(adultChild), null, []));
                    if (_random.NextDouble() < 0.3)
                    {
                        AddChildren(members, [_random.Next(0, 18)], [0, 1]);
                    }

                    break;
                }

            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, null);
        }

        return members;
    }

    private void AddPartners(List<(string Sex, LocalDate BirthDate, int? Partner, int[] Parents)> members, int womanAge, int manAge)
    {
        var first = members.Count;
        members.Add(("F", Born(womanAge), first + 1, []));
        members.Add(("M", Born(Math.Max(manAge, AgeOfMajority)), first, []));
    }

    private void AddChildren(List<(string Sex, LocalDate BirthDate, int? Partner, int[] Parents)> members, int[] ages, int[] parents)
    {
        foreach (var age in ages)
        {
            members.Add((_random.NextDouble() < 0.5 ? "F" : "M", Born(age), null, parents));
        }
    }

    private int[] ChildAges()
    {
        var count = 1 + (_random.NextDouble() < HouseholdMix.MoreChildren.Second ? 1 : 0) + (_random.NextDouble() < HouseholdMix.MoreChildren.Third ? 1 : 0);
        var ages = new int[count];
        for (var i = 0; i < count; i++)
        {
            ages[i] = _random.Next(0, AgeOfMajority);
        }

        return ages;
    }

    private LocalDate Born(int age) => _date.PlusYears(-age).PlusDays(-_random.Next(0, 365));

    private LocalDate DrawArrival()
    {
        var draw = _random.NextDouble() * _arrivalMonths[^1].Cumulative;
        var month = _arrivalMonths.First(m => draw < m.Cumulative).Month;
        var day = month.PlusDays(_random.Next(0, month.Calendar.GetDaysInMonth(month.Year, month.Month)));
        return day < Calibration.ProtectionStart ? Calibration.ProtectionStart : day;
    }

    private HouseholdKind DrawKind(int arrivalYear)
    {
        var weights = HouseholdMix.Weights.Select(w => w.Kind == HouseholdKind.SingleMan ? w.Weight * HouseholdMix.SingleMenFactor(arrivalYear) : w.Weight).ToArray();
        var draw = _random.NextDouble() * weights.Sum();
        for (var i = 0; i < weights.Length; i++)
        {
            draw -= weights[i];
            if (draw < 0)
            {
                return HouseholdMix.Weights[i].Kind;
            }
        }

        return HouseholdMix.Weights[^1].Kind;
    }

    private string PickWeighted(ImmutableArray<(string Value, double Weight)> options)
    {
        var draw = _random.NextDouble() * options.Sum(o => o.Weight);
        foreach (var (value, weight) in options)
        {
            draw -= weight;
            if (draw < 0)
            {
                return value;
            }
        }

        return options[^1].Value;
    }

    private int Pick(double[] cumulative)
    {
        var index = Array.BinarySearch(cumulative, _random.NextDouble() * cumulative[^1]);
        return Math.Min(index < 0 ? ~index : index + 1, cumulative.Length - 1);
    }

    private LocalDate Between(LocalDate first, LocalDate last) => first.PlusDays(_random.Next(0, Period.Between(first, last, PeriodUnits.Days).Days + 1));

    private static double[] Cumulative(IEnumerable<double> weights)
    {
        var total = 0.0;
        return [.. weights.Select(w => total += w)];
    }

    /// <summary>
    /// The Ukrainian names with their Latin form (<see cref="UkrainianTransliteration"/>), transliterated once rather than
    /// per person; in the order of <see cref="UkrainianNames"/>, so a draw picks the same name.
    /// </summary>
    private static class Names
    {
        public static (string Cyrillic, string Latin)[] Women { get; } = Latin(UkrainianNames.Women);

        public static (string Cyrillic, string Latin)[] Men { get; } = Latin(UkrainianNames.Men);

        public static (string Cyrillic, string Latin)[] FamiliesFeminine { get; } = Latin(UkrainianNames.Families.Select(f => f.Feminine));

        public static (string Cyrillic, string Latin)[] FamiliesMasculine { get; } = Latin(UkrainianNames.Families.Select(f => f.Masculine));

        private static (string Cyrillic, string Latin)[] Latin(IEnumerable<string> names) => [.. names.Select(n => (n, UkrainianTransliteration.ToLatin(n)))];
    }

    /// <summary>
    /// A BSN for the person at <paramref name="index"/>, unique and valid, from the index alone (so that it draws nothing
    /// from the random sequence): an eight-digit prefix stepping through 10000000 to 99999999 by a prime stride, completed
    /// by its check digit. About one in eleven prefixes has none: those persons have no BSN, as those who never
    /// registered in the BRP (with a reception location as their address) have none.
    /// </summary>
    internal static string? Bsn(int index) =>
        PersonNumbers.CompleteBsn(10_000_000 + (int)((index * 7_919L) % 90_000_000L));

    /// <summary>A V-number for the person at <paramref name="index"/>, unique, from the index alone; one in fifty has none recorded.</summary>
    internal static string? VNumber(int index) =>
        index % 50 == 49 ? null : (2_000_000_000L + (index * 104_729L % 7_000_000_000L)).ToString(CultureInfo.InvariantCulture);

    private static string PersonId(int index) => "P" + (index + 1).ToString("D8", CultureInfo.InvariantCulture);
}
