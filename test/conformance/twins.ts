import { condition, script, text, type Edit } from './twin';

const NEXT = 'JavaScript `next()` only continues; the FEEL twin evaluates null and continues';

/**
 * The in-memory FEEL twins, per corpus file (README.md has the same table in prose). Only expression bodies and
 * their format/language attributes change; a script whose JavaScript wrote a variable gets that variable as
 * `camunda:resultVariable`. Files that are not listed run (or are refused) as they are.
 */
export const twins: Record<string, Edit[]> = {
  'bpmn-engine/issue-19.bpmn': [
    script(
      'Task_B',
      'null',
      'JavaScript waits `timeout` ms through an engine service, then calls next(); a FEEL script never waits',
    ),
  ],
  'bpmn-engine/multiple-joins.bpmn': [
    condition('flow3', 'input <= 50', 'JavaScript `this.variables.input <= 50`'),
    condition('flow7', 'input >= 50', 'JavaScript `this.variables.input >= 50`'),
    script('scriptTask1', 'null', NEXT),
    script('scriptTask2', 'null', NEXT),
  ],
  'bpmn-engine/succeeding-joins.bpmn': [
    condition(
      'flow-up-join1',
      'takeJoin1',
      'bpmn-engine reads `${variables.x}` from its environment; a Cauce variable is named directly',
    ),
    condition('SequenceFlow_12ip5vh', 'takeJoin2', 'as above'),
  ],
  'bpmn-engine/multiple-multiple-inbound.bpmn': [
    text('${variables.condition1}', '${condition1}', 'bpmn-engine environment prefix'),
    text('${variables.condition2}', '${condition2}', 'bpmn-engine environment prefix'),
    condition(
      'condflow-1',
      'tookCondition1 = true',
      'JavaScript truthiness of `${variables.tookCondition1}`: unset means false',
    ),
    condition('condflow-2', 'tookCondition2 = true', 'as above'),
  ],
  'bpmn-engine/task-multiple-inbound.bpmn': [
    script('script', 'if input = null then 1 else input + 1', 'JavaScript `if (!input) input = 0; input++`', 'input'),
    condition('loopFlow', 'input < 2', 'JavaScript `this.variables.input < 2`'),
  ],
  'bpmn-engine/multiple-endEvents.bpmn': [
    script('script1', 'input + 1', 'JavaScript `variables.input++`', 'input'),
    script('script2', 'input + 1', 'JavaScript `variables.input++`', 'input'),
  ],
  'bpmn-engine/mother-of-all.bpmn': [
    script('scriptTask1', 'null', NEXT),
    script('subScriptTask1', 'null', NEXT),
    script('scriptTask2', 'true', 'JavaScript `environment.variables.stopLoop = true`', 'stopLoop'),
    condition('toLoop', 'stopLoop != true', 'JavaScript `!environment.variables.stopLoop` (unset means loop)'),
  ],
  'bpmn-engine/bound-error-and-timer.bpmn': [
    script(
      'scriptTask',
      'null',
      'JavaScript fails when `input` is missing and never calls next() when it is 2; a FEEL script can neither throw a BPMN error nor wait',
    ),
  ],
  'bpmn-engine/sub-process.bpmn': [
    script(
      'subScriptTask',
      'true',
      'JavaScript `this.variables.subScript = true` (and hangs when input is 127)',
      'subScript',
    ),
  ],
  'bpmn-engine/task-with-multi-instance-loop.bpmn': [
    text('camunda:collection="${variables.list}"', 'camunda:collection="list"', 'bpmn-engine environment prefix'),
    text(
      '${services.loopCondition}',
      'loopCondition = true',
      'a JavaScript service function upstream; the twin reads a boolean variable',
    ),
    script(
      'recurring',
      'input + 1',
      'JavaScript `this.variables.input++` (the file has an empty camunda:resultVariable)',
      'input',
    ),
  ],
  'bpmn-engine/timers.bpmn': [
    text(
      '${environment.variables.catchDate}',
      '=catchDate',
      'bpmn-engine environment variable; FEEL over a process variable',
    ),
    text('${environment.variables.dueDate}', '=dueDate', 'as above'),
  ],
  'bpmn-engine/issue-187.bpmn': [
    text('${1}', '=1', 'JUEL literal; FEEL literal', 3),
    condition('Flow_0zubkyw', 'passed = true', 'JavaScript reads `passed` back from an engine service'),
    script('task_check', 'true', 'JavaScript folds the approvals read from the engine environment'),
    script('Activity_1dcslsv', 'null', 'JavaScript creates reminder tasks through engine services'),
  ],
  'bpmn-engine/service-task-io.bpmn': [
    text(
      '<camunda:script scriptFormat="JavaScript">variables.apiPath</camunda:script>',
      '<camunda:script scriptFormat="feel">apiPath</camunda:script>',
      'JavaScript mapping',
    ),
    text(
      '<camunda:script scriptFormat="JavaScript"><![CDATA[result[0] && result[0].statusCode]]></camunda:script>',
      '<camunda:script scriptFormat="feel">result[1].statusCode</camunda:script>',
      'JavaScript mapping (FEEL lists count from 1)',
    ),
    text('${result[1]}', '=result[2]', 'JUEL index (FEEL lists count from 1)'),
  ],
  'camunda-external-task-client-js/loan-process.bpmn': [
    text(
      '<camunda:script scriptFormat="javascript">execution.setVariable("defaultScore", 5);</camunda:script>',
      '<camunda:script scriptFormat="feel">5</camunda:script>',
      'the JavaScript sets defaultScore as a side effect; FEEL has none, so the value lands in the input variable Input_2rvtuu9',
    ),
    text(
      'camunda:collection="${creditScores.elements()}"',
      'camunda:collection="creditScores"',
      'JUEL over a Java list; a FEEL list',
    ),
    condition('SequenceFlow_17zmvol', 'score > 5', 'JUEL `${score.numberValue() > 5}`'),
    condition('SequenceFlow_0vpum3q', 'score <= 5', 'JUEL `${score.numberValue() <= 5}`'),
    text(
      '0/5 0/1 * 1/1 * ? *',
      'R/PT5S',
      'Quartz cron "every 5 s" (Camunda 7 only); the ISO 8601 cycle with the same period',
    ),
  ],
};
