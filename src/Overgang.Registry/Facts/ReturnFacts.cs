using System.Collections.Immutable;
using Overgang.Registry.Model;
using Overgang.Rules.ReturnProgramme;

namespace Overgang.Registry.Facts;

/// <summary>
/// The return-programme rows of a set of persons beyond the enrolment itself: exploratory visits, courses, withdrawal
/// and confirmed departure. Turns them, with the enrolment row, into the rules' <see cref="Rules.Transition.ReturnCommitment"/>.
/// </summary>
public sealed class ReturnFacts
{
    private readonly ILookup<string, Model.ReturnVisit> _visits;
    private readonly ILookup<string, Model.ReturnCourse> _courses;
    private readonly Dictionary<string, Model.ReturnWithdrawal> _withdrawals;
    private readonly Dictionary<string, ReturnDeparture> _departures;

    private ReturnFacts(ILookup<string, Model.ReturnVisit> visits, ILookup<string, Model.ReturnCourse> courses, Dictionary<string, Model.ReturnWithdrawal> withdrawals, Dictionary<string, ReturnDeparture> departures)
    {
        _visits = visits;
        _courses = courses;
        _withdrawals = withdrawals;
        _departures = departures;
    }

    /// <summary>No rows: every enrolment has only its commitment and date.</summary>
    public static ReturnFacts Empty { get; } = new(
        Array.Empty<Model.ReturnVisit>().ToLookup(v => v.PersonId, StringComparer.Ordinal),
        Array.Empty<Model.ReturnCourse>().ToLookup(c => c.PersonId, StringComparer.Ordinal),
        new(StringComparer.Ordinal),
        new(StringComparer.Ordinal));

    /// <summary>Loads the rows of the persons of <paramref name="persons"/> (a query, joined in the database).</summary>
    public static ReturnFacts Load(RegistryContext context, IQueryable<Person> persons) => Load(context, FactPersons.Joined(persons));

    /// <summary>Loads the rows of <paramref name="persons"/> (a query, or a run's chunk's ids: <see cref="FactPersons"/>).</summary>
    internal static ReturnFacts Load(RegistryContext context, FactPersons persons)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(persons);
        return new ReturnFacts(
            FactRows.Read(context, persons.Rows(context.ReturnVisits, x => x.PersonId)).ToLookup(x => x.PersonId, StringComparer.Ordinal),
            FactRows.Read(context, persons.Rows(context.ReturnCourses, x => x.PersonId)).ToLookup(x => x.PersonId, StringComparer.Ordinal),
            FactRows.Read(context, persons.Rows(context.ReturnWithdrawals, x => x.PersonId)).ToDictionary(x => x.PersonId, StringComparer.Ordinal),
            FactRows.Read(context, persons.Rows(context.ReturnDepartures, x => x.PersonId)).ToDictionary(x => x.PersonId, StringComparer.Ordinal));
    }

    /// <summary>The recorded exploratory visits of a person (for the absence maximum), in date order.</summary>
    public ImmutableArray<ExploratoryVisit> VisitsOf(string personId) =>
        [.. _visits[personId].OrderBy(v => v.From).Select(v => new ExploratoryVisit(v.From, v.To))];

    /// <summary>The rules' enrolment of a person, or <c>null</c> without an enrolment row.</summary>
    public Rules.Transition.ReturnCommitment? For(Model.ReturnCommitment? commitment) =>
        commitment is null ? null : Enrolment(commitment, _visits[commitment.PersonId], _courses[commitment.PersonId], _withdrawals.GetValueOrDefault(commitment.PersonId), _departures.GetValueOrDefault(commitment.PersonId));

    /// <summary>The rules' enrolment from its rows.</summary>
    public static Rules.Transition.ReturnCommitment Enrolment(Model.ReturnCommitment commitment, IEnumerable<Model.ReturnVisit> visits, IEnumerable<Model.ReturnCourse> courses, Model.ReturnWithdrawal? withdrawal, ReturnDeparture? departure)
    {
        ArgumentNullException.ThrowIfNull(commitment);
        ArgumentNullException.ThrowIfNull(visits);
        ArgumentNullException.ThrowIfNull(courses);
        return new Rules.Transition.ReturnCommitment(
            commitment.CommitmentSigned,
            commitment.DepartureDate,
            commitment.EnrolledOn,
            [.. visits.OrderBy(v => v.From).Select(v => new ExploratoryVisit(v.From, v.To))],
            [.. courses.OrderBy(c => c.From).Select(c => new Rules.ReturnProgramme.ReturnCourse(ReturnNames.CourseKinds[c.Kind], c.From, c.To))],
            withdrawal is null ? null : new Rules.ReturnProgramme.ReturnWithdrawal(withdrawal.On, ReturnNames.WithdrawnBy[withdrawal.By]),
            departure?.On,
            ReturnNames.ParsePackage(commitment.Package));
    }
}
