using System.Collections.Immutable;
using Overgang.Rules.Households;
using Overgang.Rules.Parameters;

namespace Overgang.Rules.Allowance;

/// <summary>The answer to an <see cref="AllowanceRequest"/>: every household calculated, or the one reason none is.</summary>
/// <remarks>All or nothing: a request with one bad part gets no amounts at all, so nobody acts on a partial answer.</remarks>
public abstract record AllowanceAnswer
{
    private protected AllowanceAnswer()
    {
    }

    /// <summary>For a refused request, the field at fault and why; <c>null</c> when calculated.</summary>
    public abstract Refusal? Refusal { get; }

    /// <summary>Every household was calculated.</summary>
    /// <param name="Households">The households in order of their first member in the input.</param>
    /// <param name="ParameterVersion">The version of the parameters used.</param>
    public sealed record Calculated(ImmutableArray<HouseholdCalculation> Households, string ParameterVersion) : AllowanceAnswer
    {
        /// <summary>True when the date is after the last day of protection, so that each household's provision depends on its members' paths.</summary>
        public bool AfterProtection { get; init; }

        /// <inheritdoc/>
        public override Refusal? Refusal => null;
    }

    /// <summary>The relations cannot form households.</summary>
    /// <param name="Error">The person and field at fault.</param>
    public sealed record RelationsInvalid(FormationError Error) : AllowanceAnswer
    {
        /// <inheritdoc/>
        public override Refusal? Refusal => new(Error.Path, Error.Message, null);
    }

    /// <summary>A parameter needed on the date is unknown.</summary>
    /// <param name="Missing">The parameter and why.</param>
    public sealed record ParameterMissing(MissingParameter Missing) : AllowanceAnswer
    {
        /// <inheritdoc/>
        public override Refusal? Refusal => new("date", Missing.Message, Missing.ParameterId);
    }

    /// <summary>A hardship override cannot apply.</summary>
    /// <param name="OverrideIndex">The position of the override in the request.</param>
    /// <param name="Field">The field of the override at fault (<c>memberId</c> or <c>contribution</c>).</param>
    /// <param name="Reason">Why.</param>
    public sealed record OverrideInvalid(int OverrideIndex, string Field, string Reason) : AllowanceAnswer
    {
        /// <inheritdoc/>
        public override Refusal? Refusal => new($"hardshipOverrides[{OverrideIndex}].{Field}", Reason, null);
    }

    /// <summary>A person's transition path (or a fact that goes with it) is needed on the date and missing.</summary>
    /// <param name="PersonIndex">The person's position in the request.</param>
    /// <param name="Field">The field at fault (<c>path</c> or <c>departureDate</c>).</param>
    /// <param name="Reason">Why.</param>
    public sealed record PathMissing(int PersonIndex, string Field, string Reason) : AllowanceAnswer
    {
        /// <inheritdoc/>
        public override Refusal? Refusal => new($"persons[{PersonIndex}].{Field}", Reason, null);
    }
}
