import type { DateField } from 'payload'

type DatePickerOptions = NonNullable<NonNullable<DateField['admin']>['date']>

/**
 * Swedish words for the date picker (react-datepicker), whose own defaults are English ("Time", "Next Month",
 * "Choose …"): Payload passes `overrides` straight to it.
 */
const swedishPicker: DatePickerOptions['overrides'] = {
  timeCaption: 'Tid',
  timeInputLabel: 'Tid',
  previousMonthButtonLabel: 'Föregående månad',
  previousMonthAriaLabel: 'Föregående månad',
  nextMonthButtonLabel: 'Nästa månad',
  nextMonthAriaLabel: 'Nästa månad',
  previousYearButtonLabel: 'Föregående år',
  previousYearAriaLabel: 'Föregående år',
  nextYearButtonLabel: 'Nästa år',
  nextYearAriaLabel: 'Nästa år',
  chooseDayAriaLabelPrefix: 'Välj',
  disabledDayAriaLabelPrefix: 'Inte valbar',
  weekAriaLabelPrefix: 'vecka',
  monthAriaLabelPrefix: 'månad',
}

/** A date and a 24-hour time, `2027-03-18 13:00`, in five-minute steps. */
export const dayAndTime: DatePickerOptions = {
  pickerAppearance: 'dayAndTime',
  displayFormat: 'yyyy-MM-dd HH:mm',
  timeFormat: 'HH:mm',
  timeIntervals: 5,
  overrides: swedishPicker,
}

/** A date only, `2027-03-18`. */
export const dayOnly: DatePickerOptions = {
  pickerAppearance: 'dayOnly',
  displayFormat: 'yyyy-MM-dd',
  overrides: swedishPicker,
}
