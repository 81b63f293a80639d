using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using NodaTime;
using Overgang.Rules.Explanations;
using Overgang.Rules.Parameters;
using Overgang.Rules.Texts;
using Overgang.Rules.Transition;
using Ids = Overgang.Rules.ReturnProgramme.ReturnRuleIds;

namespace Overgang.Rules.ReturnProgramme;

/// <summary>
/// The return programme from enrolment to departure (004:171-241, 003:65-74, 002:850-902): the stage of an enrolment on
/// a day, the provisions tied to it, the follow-up steps with owner and due date, and the package.
/// </summary>
/// <remarks>
/// <para>A pure function of the enrolment, the parameters and the day. Terms the sources do not give are parameters
/// marked as this project's assumption (provisional); a value the sources leave open (the day provisions end after a
/// withdrawal, every package amount) is unknown: the output that needs it is <c>null</c> and the parameter is named in
/// <see cref="ReturnStatus.Missing"/>, never guessed.</para>
/// <para>The transition path itself is decided by <see cref="TransitionDecider"/>: a withdrawn enrolment counts there as
/// no enrolment, so the person falls back on the path their other facts give.</para>
/// </remarks>
public static class ReturnRules
{
    private const string PlanningId = "return.planning.participants";
    private const string AgreeWithinId = "return.departure-date.agree-within-days";
    private const string FollowUpId = "return.follow-up.days";
    private const string ProvisionsEndId = "return.withdrawal.provisions-end-days";

    private static readonly ImmutableDictionary<PackageComponent, string?> _packageIds = new Dictionary<PackageComponent, string?>
    {
        [PackageComponent.TravelTicket] = "return.package.travel-ticket",
        [PackageComponent.CashContribution] = "return.package.cash-contribution",
        [PackageComponent.InKindReintegration] = "return.package.in-kind-reintegration",
        [PackageComponent.Documentation] = null,
    }.ToImmutableDictionary();

    /// <summary>The planning figure in force on a day; refuses when it is unknown then.</summary>
    public static bool TryPlanningFigure(ParameterTree parameters, LocalDate date, [NotNullWhen(true)] out PlanningFigure? figure, [NotNullWhen(false)] out MissingParameter? missing)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (!parameters.TryRead(PlanningId, date, out var value, out missing))
        {
            figure = null;
            return false;
        }

        figure = new PlanningFigure(date, (int)value.Number, parameters.Cite(value), value.IsProvisional);
        return true;
    }

    /// <summary>
    /// The stage of an enrolment on a day (what <see cref="Evaluate"/> gives, without the steps and explanation): a
    /// withdrawal on or before the day wins, then a confirmed departure, then the agreed date.
    /// </summary>
    public static ReturnStage StageOn(ReturnCommitment enrolment, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(enrolment);
        return enrolment switch
        {
            { Withdrawal: { } w } when w.On <= date => ReturnStage.Withdrawn,
            { DepartedOn: { } d } when d <= date => ReturnStage.Departed,
            { DepartureDate: null } => ReturnStage.DateToBeAgreed,
            { DepartureDate: { } agreed } when agreed < date => ReturnStage.AgreedDatePassed,
            _ => ReturnStage.Enrolled,
        };
    }

    /// <summary>Where an enrolment stands on <paramref name="date"/>, what follows and why.</summary>
    public static ReturnStatus Evaluate(ReturnCommitment enrolment, ParameterTree parameters, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(enrolment);
        ArgumentNullException.ThrowIfNull(parameters);
        var e = new Evaluation(parameters);
        var enrolled = enrolment.EnrolledOn ?? date;
        var signed = enrolment.CommitmentSigned ? "signed" : "unsigned";
        e.Explain(Ids.Enrolment, "RP2", enrolment.EnrolledOn is { } enrolledOn
            ? TextPhrase.Of($"return.enrolled.{signed}", Arg.Date("date", enrolledOn))
            : TextPhrase.Of($"return.enrolled.{signed}-undated"));

        foreach (var visit in enrolment.Visits)
        {
            e.Explain(Ids.ExploratoryVisit, "RP5", TextPhrase.Of("return.exploratory-visit", Arg.Date("from", visit.From), Arg.Date("to", visit.To)));
        }

        foreach (var course in enrolment.Courses)
        {
            e.Explain(Ids.Course, "RP7", TextPhrase.Of(course.Kind == CourseKind.Reconstruction ? "return.course.reconstruction" : "return.course.skills", Arg.Date("from", course.From), Arg.Date("to", course.To)));
        }

        var stage = StageOn(enrolment, date);
        LocalDate? provisionsLastDay = null;
        if (stage == ReturnStage.Withdrawn && enrolment.Withdrawal is { } withdrawal)
        {
            var days = e.Days(ProvisionsEndId, withdrawal.On);
            provisionsLastDay = days is { } after ? withdrawal.On.PlusDays(after) : null;
            var by = Arg.Term("by", "owner." + TransitionNames.Of(withdrawal.By));
            e.Explain(Ids.Withdrawal, "RP3", provisionsLastDay is { } last
                ? TextPhrase.Of("return.withdrawn", Arg.Date("date", withdrawal.On), by, Arg.Date("last", last))
                : TextPhrase.Of("return.withdrawn.day-unknown", Arg.Date("date", withdrawal.On), by));
            e.Step(ReturnStepKind.EndReturnProvisions, ActionOwner.Municipality, provisionsLastDay, false);
            e.Step(ReturnStepKind.RedecidePath, ActionOwner.Ind, e.After(FollowUpId, withdrawal.On), true);
        }
        else if (stage == ReturnStage.Departed && enrolment.DepartedOn is { } departed)
        {
            provisionsLastDay = departed;
            e.Explain(Ids.DepartureConfirmed, "RP6", TextPhrase.Of("return.departed", Arg.Date("date", departed)));
            e.Step(ReturnStepKind.EndReturnProvisions, ActionOwner.Municipality, departed, false);
        }
        else
        {
            if (!enrolment.CommitmentSigned)
            {
                e.Step(ReturnStepKind.SignCommitment, ActionOwner.Person, e.After(AgreeWithinId, enrolled), true);
            }

            switch (enrolment.DepartureDate)
            {
                case null:
                    var due = e.After(AgreeWithinId, enrolled);
                    e.Explain(Ids.DepartureToBeAgreed, "RP2", due is { } agreeBy
                        ? TextPhrase.Of("return.date-to-be-agreed", Arg.Date("date", agreeBy))
                        : TextPhrase.Of("return.date-to-be-agreed.term-unknown"));
                    e.Step(ReturnStepKind.AgreeDepartureDate, ActionOwner.DTenV, due, true);
                    break;
                case { } agreed when stage == ReturnStage.AgreedDatePassed:
                    var followUp = e.After(FollowUpId, agreed);
                    e.Explain(Ids.AgreedDatePassed, "RP2", TextPhrase.Of("return.agreed-date-passed", Arg.Date("date", agreed)));
                    e.Step(ReturnStepKind.FollowUpMissedDeparture, ActionOwner.DTenV, followUp, true);
                    break;
                case { } agreed:
                    provisionsLastDay = agreed;
                    e.Explain(Ids.Enrolment, "RP6", TextPhrase.Of("return.departure-agreed", Arg.Date("date", agreed)));
                    e.Step(ReturnStepKind.ProvideReceptionUntilDeparture, ActionOwner.Municipality, agreed, false);
                    e.Step(ReturnStepKind.Depart, ActionOwner.Person, agreed, false);
                    break;
            }
        }

        var package = ImmutableArray.CreateBuilder<PackageLine>(enrolment.Package.Length);
        foreach (var component in enrolment.Package)
        {
            package.Add(e.PackageLine(component, enrolled));
        }

        return new ReturnStatus(date, stage, provisionsLastDay, e.Steps.ToImmutable(), package.ToImmutable(), e.Missing.ToImmutable(), e.Items.ToImmutable(), e.IsProvisional);
    }

    private sealed class Evaluation(ParameterTree parameters)
    {
        public ImmutableArray<ReturnStep>.Builder Steps { get; } = ImmutableArray.CreateBuilder<ReturnStep>();

        public ImmutableArray<MissingParameter>.Builder Missing { get; } = ImmutableArray.CreateBuilder<MissingParameter>();

        public ImmutableArray<ExplanationItem>.Builder Items { get; } = ImmutableArray.CreateBuilder<ExplanationItem>();

        public bool IsProvisional { get; private set; }

        public void Explain(string rule, string sourceId, TextPhrase phrase) => Items.Add(ExplanationItem.Worded(rule, parameters.Sources[sourceId].Cite, phrase, null));

        public void Step(ReturnStepKind kind, ActionOwner owner, LocalDate? due, bool provisional)
        {
            IsProvisional |= provisional && due is not null;
            Steps.Add(new(kind, owner, due, provisional && due is not null));
        }

        /// <summary>A number of days read on <paramref name="day"/>, or <c>null</c> (and the parameter named) when unknown.</summary>
        public int? Days(string id, LocalDate day)
        {
            if (!parameters.TryRead(id, day, out var value, out var missing))
            {
                Add(missing);
                return null;
            }

            IsProvisional |= value.IsProvisional;
            return (int)value.Number;
        }

        public LocalDate? After(string id, LocalDate day) => Days(id, day) is { } days ? day.PlusDays(days) : null;

        public PackageLine PackageLine(PackageComponent component, LocalDate day)
        {
            if (_packageIds[component] is not { } id)
            {
                Explain(Ids.Package, "RP4", TextPhrase.Of("return.package.in-kind", Name(component)));
                return new PackageLine(component, null, null);
            }

            if (!parameters.TryRead(id, day, out var value, out var missing))
            {
                Add(missing);
                Explain(Ids.Package, "RP4", TextPhrase.Of("return.package.amount-unknown", Name(component), Arg.Technical("parameter", missing.ParameterId)));
                return new PackageLine(component, null, missing);
            }

            Items.Add(ExplanationItem.Worded(Ids.Package, parameters.Cite(value), TextPhrase.Of("return.package.amount", Name(component), Arg.Amount("amount", value.Amount)), value.Amount));
            return new PackageLine(component, value.Amount, null);
        }

        private void Add(MissingParameter missing)
        {
            if (!Missing.Any(m => m.ParameterId == missing.ParameterId))
            {
                Missing.Add(missing);
            }
        }

        /// <summary>The package component as a term of the rules' texts (<c>return-package.travel-ticket</c>).</summary>
        private static TextArgument Name(PackageComponent component) => Arg.Term("component", component switch
        {
            PackageComponent.TravelTicket => "return-package.travel-ticket",
            PackageComponent.CashContribution => "return-package.cash-contribution",
            PackageComponent.InKindReintegration => "return-package.in-kind-reintegration",
            _ => "return-package.documentation",
        });
    }
}
