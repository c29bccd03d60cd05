import { describe, expect, it } from 'vitest'

import { matchAssignment, matchPlainAssignment, parseDue } from './assignments'

describe('assignments in plain words', () => {
  it('should read "vill att X <gör något>" as an assignment to X', () => {
    expect(
      matchPlainAssignment(
        'Det politiska samrådsorganet SRO noterar informationen och vill att beredningen sammanställer skriftlig information till nästa möte.',
      ),
    ).toEqual({ assignees: 'beredningen', task: 'sammanställer skriftlig information till nästa möte' })
    expect(
      matchPlainAssignment('SRO vill att kommunalförbunden tar fram ett gemensamt underlag inför hösten.'),
    ).toEqual({ assignees: 'kommunalförbunden', task: 'tar fram ett gemensamt underlag inför hösten' })
  })

  it('should read "X återkommer om/med …" as an assignment to X, in its own sentence or clause', () => {
    expect(
      matchPlainAssignment(
        'Det politiska samrådsorganet SRO noterar informationen. Västra Götalandsregionen återkommer om dialogmöten och hur samtalen kan organiseras.',
      ),
    ).toEqual({
      assignees: 'Västra Götalandsregionen',
      task: 'återkommer om dialogmöten och hur samtalen kan organiseras',
    })
    expect(
      matchPlainAssignment(
        'SRO noterar informationen och Ledningsrådet för hjälpmedel återkommer med en samlad återkoppling till SRO.',
      ),
    ).toEqual({ assignees: 'Ledningsrådet för hjälpmedel', task: 'återkommer med en samlad återkoppling till SRO' })
    expect(matchPlainAssignment('Västkom ska återkomma med förslag i juni 2026.')?.assignees).toBe('Västkom')
    expect(matchPlainAssignment('VGR kommer att återkomma till SRO när utredningen är klar.')?.assignees).toBe('VGR')
  })

  it('should not make an assignment of a sentence that names nobody or asks nothing', () => {
    expect(matchPlainAssignment('Vi återkommer om detta.')).toBeNull()
    expect(matchPlainAssignment('Det politiska samrådsorganet SRO noterar informationen.')).toBeNull()
    expect(matchPlainAssignment('Frågan återkommer i årshjulet.')).toBeNull()
    expect(matchPlainAssignment('Beredningen sammanställde informationen förra året.')).toBeNull()
  })

  it('should give the due phrase of a plain-words assignment', () => {
    const match = matchPlainAssignment('SRO vill att beredningen sammanställer skriftlig information till nästa möte.')!
    expect(parseDue(match.task, '2023-11-23')).toEqual({
      due: { kind: 'meeting', date: null, text: 'till nästa möte' },
      dueText: 'till nästa möte',
    })
  })

  it('should still read "ger X i uppdrag att …" as before', () => {
    expect(matchAssignment('SRO ger tjänstepersonerna i uppdrag att bereda ärendet ytterligare.')).toEqual({
      assignees: 'tjänstepersonerna',
      task: 'bereda ärendet ytterligare.',
    })
  })
})
