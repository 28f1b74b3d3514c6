import { WarningOutlineIcon } from '@sanity/icons'
import { defineField, defineType } from 'sanity'

export const correctionType = defineType({
  name: 'correction',
  title: 'Correction',
  type: 'object',
  icon: WarningOutlineIcon,
  fields: [
    defineField({ name: 'date', title: 'Date', type: 'datetime', validation: (rule) => rule.required() }),
    defineField({
      name: 'text',
      title: 'What was corrected',
      type: 'text',
      rows: 3,
      validation: (rule) => rule.required().min(10).max(600),
    }),
  ],
  preview: {
    select: { title: 'text', date: 'date' },
    prepare: ({ title, date }) => ({ title, subtitle: date ? new Date(date).toISOString().slice(0, 10) : 'No date' }),
  },
})
