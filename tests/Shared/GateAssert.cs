using Llama2Validation.Harness.Hardware.Gating;

namespace Llama2Validation.Tests.Shared;

/// <summary>Turns the gate's decision into xunit's run-time skip.</summary>
public static class GateAssert
{
    /// <summary>
    /// Skips the running test with the gate's reasons unless the case runs here; otherwise returns the
    /// decision, whose model path the test runs on.
    /// </summary>
    public static GateDecision RunsHere(this HardwareGate gate, MatrixCase matrixCase)
    {
        var decision = gate.Decide(matrixCase.Case);
        if (decision.SkipReason is { } reason)
        {
            Assert.Skip(reason);
        }

        return decision;
    }
}
