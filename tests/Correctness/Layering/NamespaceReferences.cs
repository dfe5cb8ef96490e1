using System.Reflection;
using System.Reflection.Emit;

namespace Llama2Validation.Tests.Correctness.Layering;

/// <summary>
/// Which namespaces of an assembly use which, read from what the compiled code names: base types,
/// interfaces, fields, signatures, and every type, method and field token in the method bodies (so a use
/// inside a method counts as much as one in a signature). Compiler-generated types (lambdas, async state
/// machines) count for the type they are nested in.
/// </summary>
internal sealed class NamespaceReferences
{
    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(field => (OpCode)field.GetValue(null)!)
        .ToDictionary(code => code.Value);

    private const BindingFlags Declared =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private readonly Assembly assembly;
    private readonly Func<string, string> group;
    private readonly Dictionary<string, HashSet<string>> edges = [];
    private readonly Dictionary<(string From, string To), string> examples = [];

    /// <param name="assembly">The assembly read.</param>
    /// <param name="group">Maps a namespace of the assembly to the node it belongs to (a domain folder, say).</param>
    public NamespaceReferences(Assembly assembly, Func<string, string> group)
    {
        this.assembly = assembly;
        this.group = group;
        foreach (var type in assembly.GetTypes())
        {
            Read(type);
        }
    }

    public IReadOnlyDictionary<string, HashSet<string>> Edges => edges;

    /// <summary>One use that made an edge, for a failure message a person can act on.</summary>
    public string Example(string from, string to) => examples.GetValueOrDefault((from, to), "");

    private void Read(Type type)
    {
        var from = NodeOf(type);
        if (from is null)
        {
            return;
        }

        void Use(Type? used, string where) => AddUse(from, used, $"{type.FullName} {where}");

        Use(type.BaseType, "base type");
        foreach (var contract in type.GetInterfaces())
        {
            Use(contract, "interface");
        }

        foreach (var field in type.GetFields(Declared))
        {
            Use(field.FieldType, $"field {field.Name}");
        }

        foreach (var method in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
        {
            if (method is MethodInfo info)
            {
                Use(info.ReturnType, $"{method.Name} return");
            }

            foreach (var parameter in method.GetParameters())
            {
                Use(parameter.ParameterType, $"{method.Name} parameter");
            }

            ReadBody(type, method, used => Use(used, $"{method.Name} body"));
        }
    }

    private void ReadBody(Type type, MethodBase method, Action<Type?> use)
    {
        var body = method.GetMethodBody();
        if (body is null)
        {
            return;
        }

        foreach (var local in body.LocalVariables)
        {
            use(local.LocalType);
        }

        var il = body.GetILAsByteArray() ?? [];
        var typeArguments = type.IsGenericType ? type.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (var at = 0; at < il.Length;)
        {
            var value = (short)il[at++];
            if (value == 0xFE)
            {
                value = (short)(0xFE00 | il[at++]);
            }

            var code = OpCodesByValue[value];
            var operandAt = at;
            at += OperandSize(code.OperandType, il, at);
            if (code.OperandType is OperandType.InlineType or OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineTok)
            {
                foreach (var used in Resolve(BitConverter.ToInt32(il, operandAt), typeArguments, methodArguments))
                {
                    use(used);
                }
            }
        }
    }

    private IEnumerable<Type> Resolve(int token, Type[]? typeArguments, Type[]? methodArguments)
    {
        MemberInfo? member;
        try
        {
            member = assembly.ManifestModule.ResolveMember(token, typeArguments, methodArguments);
        }
        catch (ArgumentException)
        {
            // A token of a generic context the body's own arguments cannot close; its signature was read already.
            member = null;
        }

        return member switch
        {
            Type type => [type],
            MethodBase method => [method.DeclaringType!, .. method.IsGenericMethod ? method.GetGenericArguments() : []],
            FieldInfo field => [field.DeclaringType!, field.FieldType],
            _ => [],
        };
    }

    private static int OperandSize(OperandType operand, byte[] il, int at) => operand switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, at)),
        _ => 4,
    };

    private void AddUse(string from, Type? used, string where)
    {
        foreach (var type in Flatten(used))
        {
            if (NodeOf(type) is { } to && to != from && edges.GetValueOrDefault(from)?.Contains(to) != true)
            {
                (edges.TryGetValue(from, out var targets) ? targets : edges[from] = []).Add(to);
                examples[(from, to)] = $"{where} uses {type.FullName ?? type.Name}";
            }
        }
    }

    private static IEnumerable<Type> Flatten(Type? type)
    {
        if (type is null || type.IsGenericParameter)
        {
            yield break;
        }

        if (type.HasElementType)
        {
            foreach (var element in Flatten(type.GetElementType()))
            {
                yield return element;
            }

            yield break;
        }

        yield return type.IsGenericType ? type.GetGenericTypeDefinition() : type;
        foreach (var argument in type.IsGenericType ? type.GetGenericArguments() : [])
        {
            foreach (var inner in Flatten(argument))
            {
                yield return inner;
            }
        }
    }

    private string? NodeOf(Type type) =>
        type.Assembly == assembly && !string.IsNullOrEmpty(type.Namespace) ? group(type.Namespace) : null;
}
