using System.Runtime.CompilerServices;

namespace Overgang.Rules.Transition;

/// <summary>Room for the reasons of one decision on the stack, so that collecting them allocates nothing.</summary>
[InlineArray(Capacity)]
internal struct ReasonBuffer
{
    public const int Capacity = 12;

    private Reason? _element;
}
